package org.strengths.portal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the outbox for the administrators' page, newest first, a page at a time. */
@Component
class OutboxPage {

  static final int PAGE_SIZE = 50;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  OutboxPage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A page of messages, and whether there is a later page. */
  record Page(List<OutboxMessage> messages, int number, boolean more) {}

  @Transactional(readOnly = true)
  Page page(int number) {
    int page = Math.max(1, number);
    List<OutboxMessage> rows =
        jdbc.sql(
                """
                SELECT id, template, channel, recipient, personalisation::text, status, attempts,
                  next_attempt_at, last_error, created_at, sent_at
                FROM portal_outbox ORDER BY seq DESC LIMIT :limit OFFSET :offset
                """)
            .param("limit", PAGE_SIZE + 1)
            .param("offset", (page - 1) * PAGE_SIZE)
            .query(
                (rs, row) ->
                    new OutboxMessage(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        OutboxMessage.Channel.valueOf(rs.getString(3)),
                        rs.getString(4),
                        JSON.readValue(
                            rs.getString(5), new TypeReference<Map<String, String>>() {}),
                        OutboxMessage.Status.valueOf(rs.getString(6)),
                        rs.getInt(7),
                        instant(rs.getObject(8, OffsetDateTime.class)),
                        rs.getString(9),
                        instant(rs.getObject(10, OffsetDateTime.class)),
                        instant(rs.getObject(11, OffsetDateTime.class))))
            .list();
    boolean more = rows.size() > PAGE_SIZE;
    return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, page, more);
  }

  /** The newest message to an address, for the demo and for tests that read a code. */
  @Transactional(readOnly = true)
  java.util.Optional<OutboxMessage> newestTo(String recipient) {
    return page(1).messages().stream()
        .filter(message -> message.recipient().equalsIgnoreCase(recipient))
        .findFirst();
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
