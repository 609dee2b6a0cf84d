package org.strengths.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What conversations leave to follow up, for lists of work: what was agreed and by when, drafts not
 * yet finished, and people still waiting for their first conversation. Names and dates only; the
 * conversation itself is opened (checked and audited) on its own page. Each method is one indexed
 * query, whatever the number of people asked about.
 */
@Service
public class ConversationFollowUps {

  /**
   * Something dated from a person's latest completed conversation: an agreed action, or (with a
   * null {@code who} and {@code what}) the date set to follow up.
   *
   * @param who {@code person}, {@code network}, {@code practitioner} or {@code community-group}
   */
  public record Dated(
      UUID personId, UUID conversationId, String what, String who, LocalDate byWhen) {

    public boolean isFollowUp() {
      return who == null;
    }

    public boolean isPractitioners() {
      return "practitioner".equals(who);
    }
  }

  /** A conversation saved as a draft and not finished. */
  public record Draft(UUID conversationId, UUID personId, LocalDate heldOn, Instant savedAt) {}

  /** The CLD Event_Outcome of a conversation after which the person needs a needs assessment. */
  public static final String PROGRESS_TO_ASSESSMENT = "Progress to Assessment";

  private final JdbcClient jdbc;

  ConversationFollowUps(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * For each person, the dated actions and follow-up of their latest completed conversation (a
   * later conversation takes over what an earlier one agreed), soonest first.
   */
  public List<Dated> latestDated(Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    List<Dated> dated = new ArrayList<>();
    jdbc.sql(
            """
            SELECT latest.person_id, latest.id, latest.follow_up_on, a.what, a.who, a.by_when
            FROM unnest(CAST(:ids AS uuid[])) AS asked(id)
            JOIN LATERAL (
              SELECT c.id, c.person_id, c.follow_up_on FROM conversation c
              WHERE c.person_id = asked.id AND c.status = 'COMPLETE'
              ORDER BY c.number DESC LIMIT 1) latest ON true
            LEFT JOIN conversation_action a
              ON a.conversation_id = latest.id AND a.by_when IS NOT NULL
            ORDER BY latest.person_id, a.by_when NULLS LAST, a.position
            """)
        .param("ids", personIds.toArray(UUID[]::new))
        .query(
            rs -> {
              UUID person = rs.getObject(1, UUID.class);
              UUID conversation = rs.getObject(2, UUID.class);
              LocalDate followUp = rs.getObject(3, LocalDate.class);
              boolean firstOfPerson =
                  dated.isEmpty()
                      || !dated.get(dated.size() - 1).personId().equals(person)
                      || !dated.get(dated.size() - 1).conversationId().equals(conversation);
              if (firstOfPerson && followUp != null) {
                dated.add(new Dated(person, conversation, null, null, followUp));
              }
              LocalDate byWhen = rs.getObject(6, LocalDate.class);
              if (byWhen != null) {
                dated.add(
                    new Dated(person, conversation, rs.getString(4), rs.getString(5), byWhen));
              }
            });
    dated.sort(
        java.util.Comparator.comparing(Dated::byWhen).thenComparing(d -> d.personId().toString()));
    return dated;
  }

  /** The worker's unfinished drafts, most recently saved first. */
  public List<Draft> draftsBy(UUID workerId) {
    return jdbc.sql(
            """
            SELECT id, person_id, held_on, updated_at FROM conversation
            WHERE worker_id = :worker AND status = 'DRAFT'
            ORDER BY updated_at DESC, id
            """)
        .param("worker", workerId)
        .query(
            (rs, row) ->
                new Draft(
                    rs.getObject("id", UUID.class),
                    rs.getObject("person_id", UUID.class),
                    rs.getObject("held_on", LocalDate.class),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /**
   * The people in the team whose latest completed conversation ended with "Progress to Assessment"
   * (the CLD Event_Outcome), each with the day that conversation was held: the people the team has
   * said need a needs assessment. Whether one has started since is the assessment module's to say.
   */
  public java.util.Map<UUID, LocalDate> progressedToAssessment(UUID teamId) {
    java.util.Map<UUID, LocalDate> held = new java.util.HashMap<>();
    jdbc.sql(
            """
            SELECT p.id, latest.held_on FROM person_directory p
            JOIN LATERAL (
              SELECT c.held_on, c.outcome FROM conversation c
              WHERE c.person_id = p.id AND c.status = 'COMPLETE'
              ORDER BY c.number DESC LIMIT 1) latest ON true
            WHERE p.team_id = :team AND latest.outcome = :outcome
            """)
        .param("team", teamId)
        .param("outcome", PROGRESS_TO_ASSESSMENT)
        .query(
            rs -> {
              held.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
            });
    return held;
  }

  /**
   * The people in the team with a request waiting for its first conversation ({@link
   * ConversationRequests}), whether or not they have had one before; never those who have died.
   */
  public List<UUID> withAnOpenRequest(UUID teamId) {
    return jdbc.sql(
            """
            SELECT p.id FROM conversation_request r JOIN person_directory p ON p.id = r.person_id
            WHERE r.answered_by IS NULL AND p.team_id = :team AND p.date_of_death IS NULL
            """)
        .param("team", teamId)
        .query(UUID.class)
        .list();
  }
}
