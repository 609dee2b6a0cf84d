package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.TestClock;

@SpringBootTest
@ActiveProfiles("test")
class CommunityAssetsTest {

  @Autowired CommunityAssets assets;
  @Autowired JdbcClient jdbc;

  @Test
  void theDemoBefriendingCharityExistsWithItsFixedId() {
    assertThat(assets.organisation(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID))
        .hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Chapeltown Befrienders"));
  }

  @Test
  void findsAnAssetWithItsOrganisationAndHowToConnect() {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO community_asset (id, kind, name, organisation_id, how_to_connect, email,
              created_at, created_by, updated_at, updated_by)
            VALUES (?, 'ASSOCIATION', 'Tuesday walkers', ?, 'INTRODUCTION', 'walk@example.org',
              ?, 'test', ?, 'test')
            """)
        .params(
            id,
            CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID,
            TestClock.offsetNow(),
            TestClock.offsetNow())
        .update();

    AssetSummary found = assets.find(id).orElseThrow();

    assertThat(found.organisationName()).isEqualTo("Chapeltown Befrienders");
    assertThat(found.howToConnect()).isEqualTo(HowToConnect.INTRODUCTION);
    assertThat(found.contact()).isEqualTo("walk@example.org");
    assertThat(assets.forOrganisation(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID))
        .extracting(AssetSummary::id)
        .contains(id);
    assertThat(assets.find(UUID.randomUUID())).isEmpty();
  }
}
