package org.strengths.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The completed conversations a member of staff held, for a practitioner choosing evidence of their
 * own practice (org.strengths.practice). Dates and numbers only, never what was said: callers show
 * the person's name from the person module and link to the conversation, whose page checks the
 * working relationship as usual.
 */
@Service
public class ConversationsHeldBy {

  private final JdbcClient jdbc;

  ConversationsHeldBy(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One conversation a worker held: whose, which of theirs, and when. */
  public record Held(UUID id, UUID personId, int number, LocalDate heldOn) {}

  /** The worker's latest completed conversations, newest first, at most {@code limit}. */
  public List<Held> latest(UUID workerId, int limit) {
    return jdbc.sql(
            """
            SELECT id, person_id, number, held_on FROM conversation
            WHERE worker_id = :worker AND status = 'COMPLETE'
            ORDER BY held_on DESC, number DESC LIMIT :limit
            """)
        .param("worker", workerId)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new Held(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getInt(3),
                    rs.getObject(4, LocalDate.class)))
        .list();
  }
}
