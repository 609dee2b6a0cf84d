package org.strengths.platform;

import java.util.Set;

/**
 * An item in the service navigation. Each module declares its own as beans, so the layout needs no
 * knowledge of the modules.
 *
 * @param path where it leads
 * @param labelKey message key of its text
 * @param authorities who sees it (any of these authorities)
 * @param order position, lowest first
 */
public record NavigationLink(String path, String labelKey, Set<String> authorities, int order) {

  public record Shown(String path, String labelKey, boolean active) {}
}
