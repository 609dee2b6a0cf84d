package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page's touch of the session row commits without waiting for the disk, and nothing else does; it
 * moves the row's times only once they are a minute old, and always writes a new session id.
 */
@SpringBootTest
@ActiveProfiles("test")
class SessionTouchesTest {

  @Autowired JdbcIndexedSessionRepository repository;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void aTouchedSessionKeepsItsAttributesAndTakesItsNewTimes() {
    SessionRepository<Session> sessions = sessions();
    Session session = sessions.createSession();
    session.setAttribute("note", "kept");
    sessions.save(session);

    Session found = sessions.findById(session.getId());
    Instant later = found.getLastAccessedTime().plus(Duration.ofMinutes(5));
    found.setLastAccessedTime(later);
    found.setAttribute("second", "also kept");
    sessions.save(found);

    Session again = sessions.findById(session.getId());
    assertThat(again.getLastAccessedTime().truncatedTo(ChronoUnit.MILLIS))
        .isEqualTo(later.truncatedTo(ChronoUnit.MILLIS));
    assertThat((String) again.getAttribute("note")).isEqualTo("kept");
    assertThat((String) again.getAttribute("second")).isEqualTo("also kept");
    assertThat(
            jdbc.sql("SELECT count(*) FROM access_session WHERE SESSION_ID = :id")
                .param("id", session.getId())
                .query(Integer.class)
                .single())
        .isOne();
  }

  @Test
  void onlyTheTransactionThatTouchesASessionCommitsWithoutWaiting() {
    Session session = sessions().createSession();
    sessions().save(session);
    String before = transactions.execute(status -> setting());
    String inTheTouch =
        transactions.execute(
            status -> {
              // As a durable database has it, whatever the test database's own setting.
              jdbc.sql("SET LOCAL synchronous_commit = on").update();
              long now = storedLastAccess(session) + SessionTouches.TOUCH_AFTER_MILLIS;
              int touched =
                  jdbc.sql(SessionTouches.UPDATE_SESSION.replace("%TABLE_NAME%", "access_session"))
                      .params(session.getId(), now, 1800, now + 1_800_000, null, primaryId(session))
                      .update();
              assertThat(touched).isOne();
              return setting();
            });
    assertThat(inTheTouch).isEqualTo("off");
    String after = transactions.execute(status -> setting());
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aTouchWithinTheMinuteLeavesTheRowAndALaterOneMovesIt() {
    SessionRepository<Session> sessions = sessions();
    Session session = sessions.createSession();
    sessions.save(session);
    long stored = storedLastAccess(session);

    Session soon = sessions.findById(session.getId());
    soon.setLastAccessedTime(Instant.ofEpochMilli(stored + SessionTouches.TOUCH_AFTER_MILLIS - 1));
    sessions.save(soon);
    assertThat(storedLastAccess(session)).isEqualTo(stored);

    Session later = sessions.findById(session.getId());
    later.setLastAccessedTime(Instant.ofEpochMilli(stored + SessionTouches.TOUCH_AFTER_MILLIS));
    sessions.save(later);
    assertThat(storedLastAccess(session)).isEqualTo(stored + SessionTouches.TOUCH_AFTER_MILLIS);
  }

  @Test
  void aNewSessionIdIsWrittenWithinTheMinute() {
    SessionRepository<Session> sessions = sessions();
    Session session = sessions.createSession();
    sessions.save(session);

    Session signedIn = sessions.findById(session.getId());
    String newId = signedIn.changeSessionId();
    sessions.save(signedIn);

    assertThat(sessions.findById(session.getId())).isNull();
    assertThat(sessions.findById(newId)).isNotNull();
  }

  @Test
  void theTouchCanFindTheRowByItsPrimaryKey() {
    String plan =
        transactions.execute(
            status -> {
              // Whether the index can be used at all, whatever the planner makes of a small table.
              jdbc.sql("SET LOCAL enable_seqscan = off").update();
              return String.join(
                  "\n",
                  jdbc.sql(
                          "EXPLAIN "
                              + SessionTouches.UPDATE_SESSION.replace(
                                  "%TABLE_NAME%", "access_session"))
                      .params("a", 1L, 1800, 2L, null, "b")
                      .query(String.class)
                      .list());
            });
    assertThat(plan).contains("access_session_pk").doesNotContain("Seq Scan");
  }

  private long storedLastAccess(Session session) {
    return jdbc.sql("SELECT LAST_ACCESS_TIME FROM access_session WHERE PRIMARY_ID = ?")
        .param(primaryId(session))
        .query(Long.class)
        .single();
  }

  private String primaryId(Session session) {
    return jdbc.sql("SELECT PRIMARY_ID FROM access_session WHERE SESSION_ID = ?")
        .param(session.getId())
        .query(String.class)
        .single();
  }

  @SuppressWarnings("unchecked")
  private SessionRepository<Session> sessions() {
    return (SessionRepository<Session>) (SessionRepository<?>) repository;
  }

  private String setting() {
    return jdbc.sql("SELECT current_setting('synchronous_commit')").query(String.class).single();
  }
}
