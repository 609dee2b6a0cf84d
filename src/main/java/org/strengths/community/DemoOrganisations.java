package org.strengths.community;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes sure the demo befriending charity exists with its fixed id, so that other modules' demo
 * data (partner accounts) can belong to it.
 */
@Component
class DemoOrganisations {

  private final JdbcClient jdbc;
  private final Clock clock;

  DemoOrganisations(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
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
