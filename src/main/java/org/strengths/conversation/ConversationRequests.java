package org.strengths.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for support waiting for a first conversation, each with its route of access for the
 * national Client Level Data return (a value of the {@code Request_Route_of_Access} list). While a
 * request is open the person is in their team's list of people waiting for a first conversation,
 * even if they had conversations before; the next conversation completed answers it, and its CLD
 * Request event carries the route.
 */
@Service
public class ConversationRequests {

  /** Request_Route_of_Access for a request the person (or someone for them) made themselves. */
  public static final String COMMUNITY_OR_OTHER_ROUTE = "Community / Other route";

  private final JdbcClient jdbc;
  private final Clock clock;

  ConversationRequests(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records a request for the person, received on a date by a route of access; {@code reference} is
   * the request's own reference where it has one (such as an online request's).
   */
  @Transactional
  public UUID receive(
      UUID personId, String routeOfAccess, LocalDate receivedOn, String reference, String by) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO conversation_request (id, person_id, route_of_access, received_on,
              reference, created_at, created_by)
            VALUES (:id, :person, :route, :received, :reference, :now, :by)
            """)
        .param("id", id)
        .param("person", personId)
        .param("route", routeOfAccess)
        .param("received", receivedOn)
        .param("reference", reference)
        .param("now", OffsetDateTime.now(clock))
        .param("by", by)
        .update();
    return id;
  }

  /** The route of access of the person's open request (the oldest, if several), if any. */
  public Optional<String> openRoute(UUID personId) {
    return jdbc.sql(
            """
            SELECT route_of_access FROM conversation_request
            WHERE person_id = :person AND answered_by IS NULL
            ORDER BY received_on, created_at LIMIT 1
            """)
        .param("person", personId)
        .query(String.class)
        .optional();
  }

  /** Marks the person's open requests answered by a completed conversation; their route, if any. */
  Optional<String> answer(UUID personId, UUID conversationId) {
    Optional<String> route = openRoute(personId);
    jdbc.sql(
            """
            UPDATE conversation_request SET answered_by = :conversation
            WHERE person_id = :person AND answered_by IS NULL
            """)
        .param("conversation", conversationId)
        .param("person", personId)
        .update();
    return route;
  }
}
