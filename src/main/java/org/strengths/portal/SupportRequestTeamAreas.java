package org.strengths.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.strengths.access.Teams;

/**
 * On start, gives teams the postcode districts named in {@code
 * strengths.ask-for-support.team-areas} ("North locality: LS6 LS7; South locality: LS10 LS11"), so
 * that requests made online reach the team for the person's address. A team named there that does
 * not exist is logged and skipped.
 */
@Component
@Order(2)
class SupportRequestTeamAreas implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SupportRequestTeamAreas.class);

  private final Teams teams;
  private final String areas;

  SupportRequestTeamAreas(
      Teams teams, @Value("${strengths.ask-for-support.team-areas:}") String areas) {
    this.teams = teams;
    this.areas = areas;
  }

  @Override
  public void run(ApplicationArguments args) {
    Map<String, List<String>> byTeam = parse(areas);
    if (byTeam.isEmpty()) {
      return;
    }
    List<Teams.Team> all = teams.all();
    byTeam.forEach(
        (name, districts) ->
            all.stream()
                .filter(team -> team.name().equalsIgnoreCase(name))
                .findFirst()
                .ifPresentOrElse(
                    team -> teams.cover(team.id(), districts),
                    () -> log.warn("No team called {} to cover {}", name, districts)));
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
