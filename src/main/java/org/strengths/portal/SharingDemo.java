package org.strengths.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strengths.access.ActingAs;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.community.AssetSummary;
import org.strengths.community.CommunityAssets;
import org.strengths.connection.ConnectionRecords;
import org.strengths.network.PersonNetworks;
import org.strengths.platform.ApplicationClock;

/**
 * The demo council's sharing and network for Nusrat Raza, invited to her own pages (issue 13 items
 * 5 and 7): Sam Okafor introduced her to the befriending charity and referred her to a second of
 * its services, each with her consent (so "What is shared" has something to show and to stop), the
 * charity accepted the first; she told Sam about her sister, which Sam confirmed onto her ecomap,
 * and about a neighbour, which waits for Sam.
 */
@Service
public class SharingDemo {

  static final String NUSRAT = "nusrat.raza@example.com";

  private final JdbcClient jdbc;
  private final StaffAccounts staff;
  private final CommunityAssets assets;
  private final ConnectionRecords connections;
  private final PersonNetworks networks;
  private final Clock clock;

  SharingDemo(
      JdbcClient jdbc,
      StaffAccounts staff,
      CommunityAssets assets,
      ConnectionRecords connections,
      PersonNetworks networks,
      Clock clock) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.assets = assets;
    this.connections = connections;
    this.networks = networks;
    this.clock = clock;
  }

  /** Adds it all if Nusrat has been invited; nothing otherwise. */
  public void add() {
    Optional<UUID> invited =
        jdbc.sql(
                "SELECT person_id FROM portal_invitation WHERE contact = :contact"
                    + " AND status = 'ACTIVE'")
            .param("contact", NUSRAT)
            .query(UUID.class)
            .optional();
    if (invited.isEmpty()) {
      return;
    }
    UUID nusrat = invited.get();
    StaffMember sam = staff.loadUserByUsername("practitioner");
    StaffMember partner = staff.loadUserByUsername("partner");
    List<AssetSummary> befrienders =
        assets.forOrganisation(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID);
    if (befrienders.size() < 2) {
      throw new IllegalStateException("The demo befriending charity needs two entries");
    }
    LocalDate today = LocalDate.now(clock);
    UUID visits =
        as(
            sam,
            today.minusDays(20),
            () ->
                connections.send(
                    nusrat,
                    befrienders.get(0).id(),
                    new ConnectionRecords.Introduction(
                        false,
                        today.minusDays(20),
                        "To share my name and what matters to me with Chapeltown Befrienders, so"
                            + " they can find me a befriender.",
                        "Talking with someone in Urdu or English over a cup of tea, and getting to"
                            + " the library again.",
                        "Nusrat would like a befriender who can visit on weekday afternoons."),
                    sam));
    as(
        partner,
        today.minusDays(17),
        () -> {
          connections.respond(visits, true, null, partner);
          return null;
        });
    as(
        sam,
        today.minusDays(6),
        () ->
            connections.send(
                nusrat,
                befrienders.get(1).id(),
                new ConnectionRecords.Introduction(
                    true,
                    today.minusDays(6),
                    "To ask Chapeltown Befrienders to add me to their telephone friendship list,"
                        + " sharing my name and what matters to me.",
                    "A friendly call on the days nobody visits.",
                    "Nusrat would welcome a phone call on Mondays and Fridays."),
                sam));
    UUID sister =
        ApplicationClock.at(
            moment(today.minusDays(9)),
            () ->
                networks
                    .suggestNew(
                        nusrat,
                        "Farah",
                        "FAMILY",
                        "sister",
                        "STRONG",
                        "My sister Farah phones me every evening and comes on Sundays.")
                    .id()
                    .orElseThrow());
    as(
        sam,
        today.minusDays(8),
        () -> {
          networks.confirm(nusrat, sister, sam);
          return null;
        });
    ApplicationClock.at(
        moment(today.minusDays(1)),
        () ->
            networks.suggestNew(
                nusrat,
                "Imran",
                "NEIGHBOUR",
                null,
                "ORDINARY",
                "Imran next door takes my bins out and we chat most mornings."));
  }

  private java.time.Instant moment(LocalDate day) {
    return day.atTime(LocalTime.of(11, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
  }

  private <T> T as(StaffMember member, LocalDate day, Supplier<T> work) {
    return ActingAs.at(member, moment(day), work);
  }
}
