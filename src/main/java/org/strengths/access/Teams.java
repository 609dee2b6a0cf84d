package org.strengths.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

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

  /**
   * Each team's postcode districts in order, for the administrator's list; a team without any is
   * not there.
   */
  Map<UUID, List<String>> districtsByTeam() {
    Map<UUID, List<String>> byTeam = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT team_id, district FROM access_team_area ORDER BY team_id, district COLLATE \"C\"")
        .query(
            (rs, row) ->
                byTeam
                    .computeIfAbsent(rs.getObject(1, UUID.class), team -> new ArrayList<>())
                    .add(rs.getString(2)))
        .list();
    return byTeam;
  }

  /** The postcode districts the team covers, in order. */
  List<String> districts(UUID teamId) {
    return jdbc.sql(
            "SELECT district FROM access_team_area WHERE team_id = :team\n ORDER BY district COLLATE \"C\"")
        .param("team", teamId)
        .query(String.class)
        .list();
  }

  /** What became of a change to a team's postcode districts. */
  sealed interface DistrictsChange {

    /** Saved: the districts the team now covers that it did not, and those it no longer covers. */
    record Done(List<String> added, List<String> removed) implements DistrictsChange {}

    /** Someone changed the team's districts after {@code seen} was read: nothing saved. */
    record Stale() implements DistrictsChange {}

    /** Another team covers the district: nothing saved. */
    record Taken(String district, String teamName) implements DistrictsChange {}
  }

  /**
   * The team comes to cover exactly {@code districts} (upper case, checked by {@link
   * TeamDistrictRules}), if its districts are still the {@code seen} ones and no other team covers
   * one of them. A district is taken from no one: another team gives it up first.
   */
  @Transactional
  DistrictsChange changeDistricts(UUID teamId, List<String> seen, List<String> districts) {
    // One change to a team's districts at a time, so that the "seen" check means something.
    jdbc.sql("SELECT id FROM access_team WHERE id = :team FOR UPDATE")
        .param("team", teamId)
        .query(UUID.class)
        .single();
    List<String> current = districts(teamId);
    if (!new java.util.HashSet<>(current).equals(new java.util.HashSet<>(seen))) {
      return new DistrictsChange.Stale();
    }
    Optional<DistrictsChange.Taken> taken = takenFrom(teamId, districts);
    if (taken.isPresent()) {
      return taken.get();
    }
    List<String> added = districts.stream().filter(d -> !current.contains(d)).toList();
    List<String> removed = current.stream().filter(d -> !districts.contains(d)).toList();
    jdbc.sql("DELETE FROM access_team_area WHERE team_id = :team AND district = ANY(:gone)")
        .param("team", teamId)
        .param("gone", removed.toArray(String[]::new))
        .update();
    for (String district : added) {
      int inserted =
          jdbc.sql(
                  """
                  INSERT INTO access_team_area (district, team_id) VALUES (:district, :team)
                  ON CONFLICT (district) DO NOTHING
                  """)
              .param("district", district)
              .param("team", teamId)
              .update();
      if (inserted == 0) {
        // Another team took it since the check above: keep nothing of this change.
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return takenFrom(teamId, List.of(district)).orElse(new DistrictsChange.Taken(district, ""));
      }
    }
    return new DistrictsChange.Done(added, removed);
  }

  private Optional<DistrictsChange.Taken> takenFrom(UUID teamId, List<String> districts) {
    return jdbc.sql(
            """
            SELECT a.district, t.name FROM access_team_area a JOIN access_team t ON t.id = a.team_id
            WHERE a.district = ANY(:districts) AND a.team_id <> :team
            ORDER BY a.district LIMIT 1
            """)
        .param("districts", districts.toArray(String[]::new))
        .param("team", teamId)
        .query((rs, row) -> new DistrictsChange.Taken(rs.getString(1), rs.getString(2)))
        .optional();
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
