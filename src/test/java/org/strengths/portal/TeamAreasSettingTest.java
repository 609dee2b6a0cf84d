package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengths.access.Teams;

/**
 * The team-areas setting against the database, as starts apply it: once, so that an administrator's
 * later change on the teams page outlives the next start.
 */
@SpringBootTest
@ActiveProfiles("test")
class TeamAreasSettingTest {

  @Autowired Teams teams;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @Test
  void anAdministratorsChangeOutlivesAStartWithTheSameSettingButNotANewSetting() {
    String north = "North " + UUID.randomUUID();
    String south = "South " + UUID.randomUUID();
    UUID northId = teams.add(north);
    UUID southId = teams.add(south);
    String setting = north + ": ZZ1 ZZ2; " + south + ": ZZ3";

    start(setting);
    assertThat(coveringTeam("ZZ1 1AA")).contains(northId);
    assertThat(coveringTeam("ZZ3 1AA")).contains(southId);

    teams.cover(southId, List.of("ZZ1")); // an administrator moves ZZ1 to the south team
    start(setting);
    assertThat(coveringTeam("ZZ1 1AA")).contains(southId);

    start(north + ": ZZ1 ZZ2; " + south + ": ZZ3 ZZ4");
    assertThat(coveringTeam("ZZ1 1AA")).contains(northId);
    assertThat(coveringTeam("ZZ4 1AA")).contains(southId);
  }

  @Test
  void aSettingNamingATeamNotYetThereIsAppliedAgainOnceTheTeamExists() {
    String later = "Later " + UUID.randomUUID();
    String setting = later + ": ZY1";

    start(setting);
    assertThat(coveringTeam("ZY1 1AA")).isEmpty();

    UUID laterId = teams.add(later);
    start(setting);
    assertThat(coveringTeam("ZY1 1AA")).contains(laterId);
  }

  private void start(String setting) {
    new SupportRequestTeamAreas(teams, jdbc, transaction, clock, setting).run(null);
  }

  private Optional<UUID> coveringTeam(String postcode) {
    return teams.covering(postcode).map(Teams.Team::id);
  }
}
