package org.strengths.home;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.strengths.person.Caseloads;
import org.strengths.portal.PersonMessages;

/**
 * Messages from the worker's own people that nobody on the staff side has read yet (docs/adr/0162).
 * Names, how many and since when only, like the other lists; the thread is on the person's record,
 * which checks the working relationship and audits the view.
 */
@Service
class MessagesWaiting {

  /** One person's unread messages, linking to the thread on their record. */
  record Row(String personName, int unread, String since, String link) {}

  private final PersonMessages messages;
  private final Clock clock;

  MessagesWaiting(PersonMessages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /** The messages waiting from these people (the worker's own), longest waiting first. */
  List<Row> forPeople(List<Caseloads.Allocated> mine) {
    Map<UUID, String> names = new HashMap<>();
    mine.forEach(person -> names.put(person.personId(), person.name()));
    return messages.unreadFromPeople(names.keySet()).stream()
        .map(
            unread ->
                new Row(
                    names.get(unread.personId()),
                    unread.count(),
                    HomeDates.moment(unread.oldestAt(), clock.getZone()),
                    "/people/" + unread.personId() + "/messages"))
        .toList();
  }

  /** How many messages from these people nobody on the staff side has read, for the navigation. */
  int unread(List<UUID> personIds) {
    return messages.unreadFromPeople(personIds).stream()
        .mapToInt(PersonMessages.Unread::count)
        .sum();
  }
}
