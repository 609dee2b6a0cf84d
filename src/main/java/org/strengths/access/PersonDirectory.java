package org.strengths.access;

import java.util.Optional;
import java.util.UUID;

/**
 * What the access module needs to know about a person, provided by the person module (so that
 * access never depends on it): their allocation, for access decisions and for routing break-glass
 * events to the right team manager, and a name to show on review pages.
 */
public interface PersonDirectory {

  Optional<PersonAllocation> allocationOf(UUID personId);

  Optional<String> displayName(UUID personId);
}
