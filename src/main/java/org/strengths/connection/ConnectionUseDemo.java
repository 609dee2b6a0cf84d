package org.strengths.connection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strengths.access.ActingAs;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.community.AssetKind;
import org.strengths.community.AssetSummary;
import org.strengths.community.CommunityAssets;
import org.strengths.person.Caseloads;
import org.strengths.person.People;
import org.strengths.platform.StrengthsProperties;

/**
 * With demo data enabled, a year of the demo council's connections, so community-asset use over
 * time (insight, ADR 0167) has something to show on a fresh start: each month, introductions to
 * Chapeltown Befrienders from the people of three practitioners, which its partner accepts (or,
 * long enough ago, declines), and information given about groups, places and green spaces; then
 * whether the person went. Made through the same services as the pages, as each member of staff on
 * the day, after the demo council (which runs first) is in. Someone on the council's side always
 * has the last word on recent ones, so no one's work list gains a reply to read.
 */
@Component
@Order(15)
class ConnectionUseDemo implements ApplicationRunner {

  /** Marks this demo's introductions, so a later start adds nothing. */
  static final String SCOPE =
      "To share my name, how to reach me and what matters to me with Chapeltown Befrienders, so"
          + " that a befriender can get in touch (demo year of connections).";

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final List<AssetKind> INFORMATION_KINDS =
      List.of(AssetKind.ASSOCIATION, AssetKind.PHYSICAL, AssetKind.NATURAL, AssetKind.CULTURAL);

  private final StrengthsProperties properties;
  private final ConnectionRecords records;
  private final Connections connections;
  private final ConnectionStore store;
  private final CommunityAssets assets;
  private final StaffAccounts staff;
  private final Caseloads caseloads;
  private final People people;
  private final JdbcClient jdbc;
  private final Clock clock;

  ConnectionUseDemo(
      StrengthsProperties properties,
      ConnectionRecords records,
      Connections connections,
      ConnectionStore store,
      CommunityAssets assets,
      StaffAccounts staff,
      Caseloads caseloads,
      People people,
      JdbcClient jdbc,
      Clock clock) {
    this.properties = properties;
    this.records = records;
    this.connections = connections;
    this.store = store;
    this.assets = assets;
    this.staff = staff;
    this.caseloads = caseloads;
    this.people = people;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.demo() || added()) {
      return;
    }
    List<AssetSummary> befrienders =
        assets.forOrganisation(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID);
    StaffMember partner = staff.loadUserByUsername("partner");
    List<Worker> workers = new ArrayList<>();
    for (String username : List.of("practitioner2", "practitioner3", "practitioner5")) {
      StaffMember worker = staff.loadUserByUsername(username);
      List<UUID> caseload =
          caseloads.allocatedTo(worker.id()).stream().map(Caseloads.Allocated::personId).toList();
      if (!caseload.isEmpty()) {
        workers.add(new Worker(worker, caseload));
      }
    }
    if (befrienders.isEmpty() || workers.isEmpty()) {
      return;
    }
    Map<AssetKind, AssetSummary> places = places();
    LocalDate today = LocalDate.now(clock.withZone(LONDON));
    int n = 0;
    for (int monthsAgo = 11; monthsAgo >= 0; monthsAgo--) {
      LocalDate first = today.withDayOfMonth(1).minusMonths(monthsAgo);
      // One month has only a few introductions, to show a suppressed figure.
      int introductions = monthsAgo == 7 ? 3 : 5 + (monthsAgo * 3) % 5;
      int informations = 5 + monthsAgo % 4;
      for (int i = 0; i < introductions + informations; i++, n++) {
        LocalDate on = first.plusDays((i * 3L) % 26);
        if (!on.isBefore(today.minusDays(11))) {
          continue;
        }
        Worker worker = workers.get(n % workers.size());
        UUID person = worker.caseload().get((n / workers.size()) % worker.caseload().size());
        if (i < introductions) {
          introduce(worker.member(), partner, person, befrienders.get(n % befrienders.size()), on);
        } else if (!places.isEmpty()) {
          AssetSummary place = new ArrayList<>(places.values()).get(n % places.size());
          informationGiven(worker.member(), person, place, on, n % 2 == 0);
        }
      }
    }
  }

  private record Worker(StaffMember member, List<UUID> caseload) {}

  private boolean added() {
    return jdbc.sql("SELECT count(*) FROM connection WHERE consent_scope = :scope")
            .param("scope", SCOPE)
            .query(Long.class)
            .single()
        > 0;
  }

  /** One open directory entry of each kind information is given about, found by a common letter. */
  private Map<AssetKind, AssetSummary> places() {
    Map<AssetKind, AssetSummary> places = new LinkedHashMap<>();
    for (AssetSummary asset : assets.search("e", 500)) {
      if (INFORMATION_KINDS.contains(asset.kind()) && "ACTIVE".equals(asset.status())) {
        places.putIfAbsent(asset.kind(), asset);
      }
    }
    return places;
  }

  /**
   * An introduction on {@code on}; the partner answers three days later (declining one in four when
   * that is over a month ago), and the practitioner records a week later whether they went.
   */
  private void introduce(
      StaffMember worker, StaffMember partner, UUID person, AssetSummary asset, LocalDate on) {
    UUID id =
        at(
            worker,
            on,
            () ->
                records.send(
                    person,
                    asset.id(),
                    new ConnectionRecords.Introduction(
                        on.getDayOfMonth() % 3 == 0,
                        on,
                        SCOPE,
                        "Company in the afternoons and getting out to the shops.",
                        "They would like a weekly visit or a call."),
                    worker));
    LocalDate today = LocalDate.now(clock.withZone(LONDON));
    boolean decline = on.getDayOfMonth() % 4 == 1 && on.plusDays(3).isBefore(today.minusDays(30));
    at(
        partner,
        on.plusDays(3),
        () -> {
          records.respond(
              id,
              !decline,
              decline ? "We have no volunteers in that part of the city at the moment." : null,
              partner);
          return id;
        });
    if (!decline) {
      boolean went = on.getDayOfMonth() % 5 != 2;
      outcome(worker, id, went ? ConnectionStatus.ATTENDED : ConnectionStatus.NOT_ATTENDED, on);
    }
  }

  /** Information given about a place on {@code on}, and a week later whether the person went. */
  private void informationGiven(
      StaffMember worker, UUID person, AssetSummary place, LocalDate on, boolean went) {
    UUID id =
        at(
            worker,
            on,
            () -> {
              Connections.Sending sending =
                  connections.send(
                      people.find(person).orElseThrow(),
                      place,
                      new SharingChoice(
                          ConnectionMethod.INFORMATION_GIVEN,
                          null,
                          null,
                          null,
                          null,
                          null,
                          EnumSet.noneOf(SharedField.class),
                          null,
                          null,
                          null),
                      worker);
              if (sending instanceof Connections.Made made) {
                return made.id();
              }
              throw new IllegalStateException(sending.toString());
            });
    if (went) {
      outcome(worker, id, ConnectionStatus.ATTENDED, on);
    }
  }

  private void outcome(StaffMember worker, UUID id, ConnectionStatus to, LocalDate on) {
    at(
        worker,
        on.plusDays(10),
        () -> {
          Connection connection = store.find(id).orElseThrow();
          connections.changeStatus(
              connection,
              connection.version(),
              to,
              null,
              null,
              StatusRule.Side.PRACTITIONER,
              worker);
          return id;
        });
  }

  private <T> T at(StaffMember member, LocalDate day, java.util.function.Supplier<T> work) {
    return ActingAs.at(member, day.atTime(LocalTime.of(11, 0)).atZone(LONDON).toInstant(), work);
  }
}
