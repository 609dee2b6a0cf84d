package org.strengths.planning;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strengths.access.Role;
import org.strengths.platform.PersonRecordPart;

/**
 * "In their own words" in a person's record: what the person wrote on their own pages, and a card
 * on the summary while a change they proposed to the plan waits for a reply.
 */
@Component
class OwnWordsRecordPart implements PersonRecordPart {

  private final JdbcClient jdbc;

  OwnWordsRecordPart(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Card> cards(Subject person) {
    long waiting =
        jdbc.sql(
                "SELECT count(*) FROM planning_own_words WHERE person_id = :person"
                    + " AND status = 'PROPOSED'")
            .param("person", person.id())
            .query(Long.class)
            .single();
    if (waiting == 0) {
      return List.of();
    }
    return List.of(new Card(Order.IN_THEIR_WORDS + 1, "planning/own-words-card", "card", waiting));
  }

  @Override
  public List<Entry> navigation() {
    return List.of(
        new Entry(
            "own-words-link",
            "cowrite.record.link",
            "own-words",
            72,
            Set.of(Role.PRACTITIONER.authority(), Role.MANAGER.authority()),
            List.of()));
  }
}
