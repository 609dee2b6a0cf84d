package org.strengths.carer;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.testing.TestClock;

/** People made for carers' tests, allocated to a demo member of staff and their team. */
final class CarerTestPeople {

  private CarerTestPeople() {}

  static UUID person(JdbcClient jdbc, String username) {
    var staff =
        jdbc.sql("SELECT id, team_id FROM access_staff WHERE username = :u")
            .param("u", username)
            .query(
                (rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
            .single();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO person (id, first_name, last_name, team_id, worker_id, created_at,
              created_by, updated_at, updated_by)
            VALUES (:id, :first, :last, :team, :worker, :now, 'test', :now, 'test')
            """)
        .param("id", id)
        .param("first", "Carertest")
        .param("last", name())
        .param("team", staff[1])
        .param("worker", staff[0])
        .param("now", TestClock.offsetNow())
        .update();
    return id;
  }

  static String lastName(JdbcClient jdbc, UUID id) {
    return jdbc.sql("SELECT last_name FROM person WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  /** A made-up name of random letters, unlike any real one. */
  static String name() {
    StringBuilder name = new StringBuilder("Z");
    for (int i = 0; i < 9; i++) {
      name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return name.toString();
  }
}
