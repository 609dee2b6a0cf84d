package org.strengths.community;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strengths.platform.StrengthsProperties;

/**
 * In demo mode, makes sure the demo befriending charity exists with its fixed id, so that other
 * modules' demo data (partner accounts) can belong to it.
 */
@Component
@Order(3)
class DemoOrganisations implements ApplicationRunner {

  private final JdbcClient jdbc;
  private final StrengthsProperties properties;
  private final Clock clock;

  DemoOrganisations(JdbcClient jdbc, StrengthsProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (properties.demo()) {
      ensureBefriendingCharity();
    }
  }

  void ensureBefriendingCharity() {
    jdbc.sql(
            """
            INSERT INTO community_organisation (id, name, description, email, website, phone,
              created_at, created_by, updated_at, updated_by)
            VALUES (?, 'Chapeltown Befrienders',
              'A local charity matching volunteer befrienders with people who feel lonely or'
              || ' isolated, for a weekly visit, phone call or trip out.',
              'hello@chapeltown-befrienders.example.org', 'https://chapeltown-befrienders.example.org',
              '0113 496 0123', ?, 'demo', ?, 'demo')
            ON CONFLICT (id) DO NOTHING
            """)
        .param(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID)
        .param(OffsetDateTime.now(clock))
        .param(OffsetDateTime.now(clock))
        .update();
  }
}
