package org.strengths.conversation;

import java.time.LocalDate;
import java.util.List;

/**
 * Something agreed in a conversation: what, who does it and by when.
 *
 * @param who {@code person}, {@code network} (someone in their network), {@code practitioner} or
 *     {@code community-group}
 * @param whoName the name of the network member or group, if given
 * @param byWhen may be null
 */
public record AgreedAction(String what, String who, String whoName, LocalDate byWhen) {

  static final List<String> WHO = List.of("person", "network", "practitioner", "community-group");
}
