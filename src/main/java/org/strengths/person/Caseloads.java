package org.strengths.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who is allocated to whom, for lists of work (a practitioner's caseload, a team's). Names and
 * allocations only, like search: opening a person's record is checked and audited there. Each
 * method is one indexed query.
 */
@Service
public class Caseloads {

  /**
   * A person on a caseload.
   *
   * @param workerId the allocated worker, or null while the person waits for one
   */
  public record Allocated(UUID personId, String name, UUID workerId) {}

  private static final String SELECT =
      "SELECT p.id, p.first_name, p.preferred_name, p.last_name, p.worker_id FROM person p";

  private final JdbcClient jdbc;

  Caseloads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The people allocated to a worker, by name. A person whose date of death is recorded is on no
   * caseload (ADR 0174): lists of work built from caseloads stop showing them.
   */
  public List<Allocated> allocatedTo(UUID workerId) {
    return jdbc.sql(
            SELECT
                + " WHERE p.worker_id = :worker AND p.date_of_death IS NULL"
                + " ORDER BY p.last_name, p.first_name, p.id")
        .param("worker", workerId)
        .query((rs, row) -> allocated(rs))
        .list();
  }

  /** Everyone alive allocated to a team, with or without a worker. */
  public List<Allocated> team(UUID teamId) {
    return jdbc.sql(SELECT + " WHERE p.team_id = :team AND p.date_of_death IS NULL")
        .param("team", teamId)
        .query((rs, row) -> allocated(rs))
        .list();
  }

  /**
   * Those of the people given who are alive and allocated to the team (the others, and unknown ids,
   * are left out): one indexed look-up, where reading the whole team only to pick out a few would
   * cost far more in a large council.
   */
  public List<Allocated> inTeam(Collection<UUID> personIds, UUID teamId) {
    if (personIds.isEmpty() || teamId == null) {
      return List.of();
    }
    return jdbc.sql(
            SELECT
                + " WHERE p.id = ANY(CAST(:ids AS uuid[])) AND p.team_id = :team"
                + " AND p.date_of_death IS NULL")
        .param("ids", personIds.toArray(UUID[]::new))
        .param("team", teamId)
        .query((rs, row) -> allocated(rs))
        .list();
  }

  /**
   * How many people alive the team holds: with each of its workers (and anyone else holding its
   * people), and without a worker. Counted in the database, not read person by person.
   */
  public record Workload(Map<UUID, Integer> byWorker, int withoutWorker) {}

  public Workload workload(UUID teamId) {
    Map<UUID, Integer> byWorker = new HashMap<>();
    int[] withoutWorker = {0};
    jdbc.sql(
            "SELECT worker_id, count(*) FROM person"
                + " WHERE team_id = :team AND date_of_death IS NULL GROUP BY worker_id")
        .param("team", teamId)
        .query(
            rs -> {
              UUID worker = rs.getObject(1, UUID.class);
              if (worker == null) {
                withoutWorker[0] = rs.getInt(2);
              } else {
                byWorker.put(worker, rs.getInt(2));
              }
            });
    return new Workload(byWorker, withoutWorker[0]);
  }

  /**
   * The team's people alive with no worker: the {@code limit} allocated longest ago, then by id as
   * Java orders ids (so ties with the last one come back and are cut here).
   */
  public List<Waiting> withoutWorker(UUID teamId, int limit) {
    return jdbc
        .sql(
            """
            SELECT id, first_name, preferred_name, last_name, allocated_since FROM person
            WHERE team_id = :team AND worker_id IS NULL AND date_of_death IS NULL
            ORDER BY allocated_since FETCH FIRST :limit ROWS WITH TIES
            """)
        .param("team", teamId)
        .param("limit", limit)
        .query((rs, row) -> waiting(rs))
        .list()
        .stream()
        .sorted(WAITING_ORDER)
        .limit(limit)
        .toList();
  }

  /**
   * The names of those of the people given who are allocated to the team (the others, and unknown
   * ids, are left out): one indexed look-up of the few people a list names, where reading the whole
   * team (thousands of people in a large council) only to filter a handful would cost far more.
   */
  public Map<UUID, String> namesInTeam(Collection<UUID> personIds, UUID teamId) {
    Map<UUID, String> names = new HashMap<>();
    if (personIds.isEmpty() || teamId == null) {
      return names;
    }
    jdbc.sql(
            "SELECT id, first_name, preferred_name, last_name FROM person"
                + " WHERE id = ANY(CAST(:ids AS uuid[])) AND team_id = :team")
        .param("ids", personIds.toArray(UUID[]::new))
        .param("team", teamId)
        .query(
            rs -> {
              names.put(rs.getObject("id", UUID.class), name(rs));
            });
    return names;
  }

  /**
   * A person waiting, with the name they go by and since when they were allocated: their team or
   * worker last changed, else they were added.
   */
  public record Waiting(UUID personId, String name, Instant allocatedSince) {}

  /**
   * A team's people waiting for a first conversation: the longest waiting, and how many there are.
   */
  public record WaitingQueue(List<Waiting> longest, int total) {}

  /**
   * The people in the team who are alive and have had no first conversation, with those of {@code
   * alsoWaiting} who are in the team and alive (people who asked for another conversation, say):
   * the {@code limit} allocated longest ago, then by id, and how many wait in all. Read from an
   * index of the waiting alone, so a team of thousands costs no more than the few shown; people
   * tied with the last one shown come back too and are cut here, so that ties are broken by id as
   * Java orders them.
   */
  public WaitingQueue waitingForFirstConversation(
      UUID teamId, Collection<UUID> alsoWaiting, int limit) {
    UUID[] also = alsoWaiting.toArray(UUID[]::new);
    int total =
        jdbc.sql(
                """
                SELECT (SELECT count(*) FROM person
                        WHERE team_id = :team AND NOT first_conversation_held
                          AND date_of_death IS NULL)
                     + (SELECT count(*) FROM person
                        WHERE id = ANY(CAST(:also AS uuid[])) AND team_id = :team
                          AND first_conversation_held AND date_of_death IS NULL)
                """)
            .param("team", teamId)
            .param("also", also)
            .query(Integer.class)
            .single();
    if (total == 0 || limit <= 0) {
      return new WaitingQueue(List.of(), total);
    }
    return new WaitingQueue(longestWaiting(teamId, also, limit), total);
  }

  /**
   * Everyone in the team waiting for a first conversation, with those of {@code alsoWaiting} in the
   * team, in the order of {@link #waitingForFirstConversation}; without the count, which a caller
   * that takes them all does not need.
   */
  public List<Waiting> allWaitingForFirstConversation(UUID teamId, Collection<UUID> alsoWaiting) {
    return longestWaiting(teamId, alsoWaiting.toArray(UUID[]::new), Integer.MAX_VALUE);
  }

  private List<Waiting> longestWaiting(UUID teamId, UUID[] also, int limit) {
    List<Waiting> longest =
        jdbc.sql(
                """
                (SELECT id, first_name, preferred_name, last_name, allocated_since FROM person
                 WHERE team_id = :team AND NOT first_conversation_held AND date_of_death IS NULL
                 ORDER BY allocated_since FETCH FIRST :limit ROWS WITH TIES)
                UNION ALL
                (SELECT id, first_name, preferred_name, last_name, allocated_since FROM person
                 WHERE id = ANY(CAST(:also AS uuid[])) AND team_id = :team
                   AND first_conversation_held AND date_of_death IS NULL)
                ORDER BY allocated_since FETCH FIRST :limit ROWS WITH TIES
                """)
            .param("team", teamId)
            .param("also", also)
            .param("limit", limit)
            .query((rs, row) -> waiting(rs))
            .list();
    return longest.stream().sorted(WAITING_ORDER).limit(limit).toList();
  }

  private static final Comparator<Waiting> WAITING_ORDER =
      Comparator.comparing(Waiting::allocatedSince).thenComparing(Waiting::personId);

  private static Waiting waiting(ResultSet rs) throws SQLException {
    return new Waiting(
        rs.getObject("id", UUID.class),
        name(rs),
        rs.getObject("allocated_since", OffsetDateTime.class).toInstant());
  }

  /**
   * Records that the people given have had their first conversation, so they leave the queue of
   * {@link #waitingForFirstConversation}; the conversation module calls it in the transaction that
   * numbers a conversation 1.
   */
  public void firstConversationsHeld(Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return;
    }
    jdbc.sql(
            "UPDATE person SET first_conversation_held = true"
                + " WHERE id = ANY(CAST(:ids AS uuid[])) AND NOT first_conversation_held")
        .param("ids", personIds.toArray(UUID[]::new))
        .update();
  }

  /** The names people go by, for the ids given (unknown ids are left out). */
  public Map<UUID, String> names(Collection<UUID> personIds) {
    Map<UUID, String> names = new HashMap<>();
    if (personIds.isEmpty()) {
      return names;
    }
    jdbc.sql(
            "SELECT id, first_name, preferred_name, last_name FROM person"
                + " WHERE id = ANY(CAST(:ids AS uuid[]))")
        .param("ids", personIds.toArray(UUID[]::new))
        .query(
            rs -> {
              names.put(rs.getObject("id", UUID.class), name(rs));
            });
    return names;
  }

  private static Allocated allocated(ResultSet rs) throws SQLException {
    return new Allocated(
        rs.getObject("id", UUID.class), name(rs), rs.getObject("worker_id", UUID.class));
  }

  private static String name(ResultSet rs) throws SQLException {
    return PersonDetails.displayName(
        rs.getString("first_name"), rs.getString("preferred_name"), rs.getString("last_name"));
  }
}
