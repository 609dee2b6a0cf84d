package org.strengths.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's teams, to which people are allocated. */
@Service
public class Teams {

  private final JdbcClient jdbc;

  Teams(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Team> all() {
    return jdbc.sql("SELECT id, name FROM access_team ORDER BY name").query(Team.class).list();
  }

  public Optional<Team> find(UUID id) {
    return jdbc.sql("SELECT id, name FROM access_team WHERE id = :id")
        .param("id", id)
        .query(Team.class)
        .optional();
  }

  /** Adds a team, or finds the one with this name. */
  @Transactional
  public UUID add(String name) {
    return jdbc.sql("SELECT id FROM access_team WHERE name = :name")
        .param("name", name)
        .query(UUID.class)
        .optional()
        .orElseGet(
            () -> {
              UUID id = UUID.randomUUID();
              jdbc.sql("INSERT INTO access_team (id, name) VALUES (:id, :name)")
                  .param("id", id)
                  .param("name", name)
                  .update();
              return id;
            });
  }

  public record Team(UUID id, String name) {}
}
