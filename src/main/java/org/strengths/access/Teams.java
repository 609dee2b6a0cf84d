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

  /**
   * The team covering a postcode: the one whose district (the postcode's outward part, such as
   * "LS6" of "LS6 2AB") is the postcode's. Empty when no team covers it or it is not a postcode.
   */
  public Optional<Team> covering(String postcode) {
    String district = district(postcode);
    if (district == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            SELECT t.id, t.name FROM access_team_area a JOIN access_team t ON t.id = a.team_id
            WHERE a.district = :district
            """)
        .param("district", district)
        .query(Team.class)
        .optional();
  }

  /** The team comes to cover these postcode districts ("LS6"), taking them from any other. */
  @Transactional
  public void cover(UUID teamId, List<String> districts) {
    for (String district : districts) {
      jdbc.sql(
              """
              INSERT INTO access_team_area (district, team_id) VALUES (:district, :team)
              ON CONFLICT (district) DO UPDATE SET team_id = EXCLUDED.team_id
              """)
          .param("district", district.strip().toUpperCase(java.util.Locale.UK))
          .param("team", teamId)
          .update();
    }
  }

  /** The outward part of a full UK postcode, upper case ("LS6" of "ls6 2ab"), or null. */
  static String district(String postcode) {
    if (postcode == null) {
      return null;
    }
    String compact = postcode.replaceAll("\\s", "").toUpperCase(java.util.Locale.UK);
    return compact.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")
        ? compact.substring(0, compact.length() - 3)
        : null;
  }

  public record Team(UUID id, String name) {}
}
