package org.strengths.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengths.access.Teams;

/**
 * On start, gives teams the postcode districts named in {@code
 * strengths.ask-for-support.team-areas} ("North locality: LS6 LS7; South locality: LS10 LS11"), so
 * that requests made online reach the team for the person's address. A team named there that does
 * not exist is logged and skipped.
 *
 * <p>The setting is applied once: a later start with the same setting leaves the districts as
 * administrators have since changed them on the teams page, and a changed setting is applied again.
 * While a team it names does not exist, it is tried again at every start.
 */
@Component
@Order(2)
class SupportRequestTeamAreas implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SupportRequestTeamAreas.class);

  private final Teams teams;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String areas;

  SupportRequestTeamAreas(
      Teams teams,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${strengths.ask-for-support.team-areas:}") String areas) {
    this.teams = teams;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
    this.areas = areas;
  }

  @Override
  public void run(ApplicationArguments args) {
    Map<String, List<String>> byTeam = parse(areas);
    if (byTeam.isEmpty()) {
      return;
    }
    String setting = areas.strip();
    transaction.executeWithoutResult(
        status -> {
          if (lastApplied().filter(setting::equals).isPresent()) {
            log.info(
                "Team areas setting unchanged since it was applied; districts left as they are");
          } else if (cover(byTeam)) {
            markApplied(setting);
          }
        });
  }

  /** Gives each team named its districts; false if a team named does not exist. */
  private boolean cover(Map<String, List<String>> byTeam) {
    List<Teams.Team> all = teams.all();
    boolean everyTeamFound = true;
    for (Map.Entry<String, List<String>> entry : byTeam.entrySet()) {
      Optional<Teams.Team> team =
          all.stream().filter(t -> t.name().equalsIgnoreCase(entry.getKey())).findFirst();
      if (team.isPresent()) {
        teams.cover(team.get().id(), entry.getValue());
      } else {
        log.warn("No team called {} to cover {}", entry.getKey(), entry.getValue());
        everyTeamFound = false;
      }
    }
    return everyTeamFound;
  }

  private Optional<String> lastApplied() {
    return jdbc.sql("SELECT areas FROM portal_team_areas_applied WHERE id = 1 FOR UPDATE")
        .query(String.class)
        .optional();
  }

  private void markApplied(String setting) {
    jdbc.sql(
            """
            INSERT INTO portal_team_areas_applied (id, areas, applied_at) VALUES (1, :areas, :at)
            ON CONFLICT (id) DO UPDATE SET areas = EXCLUDED.areas, applied_at = EXCLUDED.applied_at
            """)
        .param("areas", setting)
        .param("at", Timestamp.from(clock.instant()))
        .update();
  }

  /** Team name to postcode districts, from "Team: D1 D2; Other team: D3". */
  static Map<String, List<String>> parse(String text) {
    Map<String, List<String>> byTeam = new LinkedHashMap<>();
    if (text == null) {
      return byTeam;
    }
    for (String entry : text.split(";")) {
      int colon = entry.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = entry.substring(0, colon).strip();
      List<String> districts =
          List.of(entry.substring(colon + 1).strip().split("[\\s,]+")).stream()
              .map(district -> district.strip().toUpperCase(Locale.UK))
              .filter(district -> district.matches("[A-Z]{1,2}[0-9][A-Z0-9]?"))
              .toList();
      if (!name.isEmpty() && !districts.isEmpty()) {
        byTeam.put(name, districts);
      }
    }
    return byTeam;
  }
}
