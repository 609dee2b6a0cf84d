package org.strengths.person;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffAccounts.StaffSummary;
import org.strengths.access.Teams;
import org.strengths.access.Teams.Team;
import org.strengths.platform.StrengthsProperties;

/**
 * In demo mode, fills an empty person table with about 200 fictional people of the demo council (a
 * Leeds-like city): plausible names, adults skewed older, NHS numbers from the range reserved for
 * testing (999), addresses in LS postcodes, phone numbers from the ranges Ofcom keeps for drama,
 * and allocations to the teams and staff of the demo council, added just before. Their records were
 * opened over the last two years. The same people every time (fixed seed), so demos and screenshots
 * can be repeated. The demo module asks for them through {@link People#addDemoPeople()}.
 */
@Component
class DemoPeople {

  static final int COUNT = 200;

  /** Ages are worked out from a fixed date, so the same people are made whenever this runs. */
  static final LocalDate AGE_REFERENCE = LocalDate.of(2025, 1, 1);

  /** The demo practitioner's caseload, and how many North people wait without a worker. */
  static final int PRACTITIONER_CASELOAD = 15;

  static final int NORTH_UNALLOCATED = 8;

  private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

  private final JdbcClient jdbc;
  private final StrengthsProperties properties;
  private final Teams teams;
  private final StaffAccounts staff;
  private final Clock clock;
  private final PersonText text;
  private final ApplicationEventPublisher events;

  DemoPeople(
      JdbcClient jdbc,
      StrengthsProperties properties,
      Teams teams,
      StaffAccounts staff,
      Clock clock,
      PersonText text,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
    this.text = text;
    this.properties = properties;
    this.teams = teams;
    this.staff = staff;
    this.clock = clock;
  }

  /** Adds the demo people to an empty person table in demo mode; the ids of those added. */
  @Transactional
  List<UUID> add() {
    if (!properties.demo()
        || jdbc.sql("SELECT EXISTS (SELECT 1 FROM person)").query(Boolean.class).single()) {
      return List.of();
    }
    List<Team> all = teams.all();
    if (all.isEmpty()) {
      log.warn("No teams, so no demo people were added");
      return List.of();
    }
    List<DemoPerson> people = people(new Random(20250312L), all, OffsetDateTime.now(clock));
    people.forEach(this::insert);
    recordDeath(people, all);
    log.info("Added {} demo people", people.size());
    return people.stream().map(DemoPerson::id).toList();
  }

  /** A fictional person as inserted; {@code workerId} may be null. */
  record DemoPerson(
      UUID id,
      String firstName,
      String lastName,
      String preferredName,
      String pronouns,
      LocalDate dateOfBirth,
      String nhsNumber,
      String addressLine1,
      String addressLine2,
      String postcode,
      String phone,
      String email,
      String gender,
      String ethnicity,
      String mainLanguage,
      boolean interpreterNeeded,
      String communicationNeeds,
      String preferredFormat,
      boolean advocateNeeded,
      UUID teamId,
      UUID workerId,
      OffsetDateTime createdAt) {}

  List<DemoPerson> people(Random random, List<Team> all, OffsetDateTime createdAt) {
    DemoPeopleGenerator generator = new DemoPeopleGenerator(random);
    List<DemoPerson> people = new ArrayList<>();
    Allocations allocations = new Allocations(all);
    Set<String> nhsNumbers = new HashSet<>();
    for (int i = 0; i < COUNT; i++) {
      DemoPeopleGenerator.Identity identity = generator.identity(i);
      Team team = allocations.teamFor(random);
      DemoPeopleGenerator.Address address = generator.address(area(team));
      String nhs = generator.nhsNumber(nhsNumbers);
      people.add(
          new DemoPerson(
              UUID.nameUUIDFromBytes(
                  ("strengths-demo-person-" + i).getBytes(StandardCharsets.UTF_8)),
              identity.firstName(),
              identity.lastName(),
              identity.preferredName(),
              identity.pronouns(),
              generator.dateOfBirth(AGE_REFERENCE),
              nhs,
              address.line1(),
              address.line2(),
              address.postcode(),
              generator.phone(),
              generator.email(identity),
              identity.gender(),
              identity.ethnicity(),
              identity.language(),
              identity.interpreterNeeded(),
              generator.communicationNeeds(),
              generator.preferredFormat(),
              random.nextInt(12) == 0,
              team.id(),
              allocations.workerFor(team, random),
              // Opened over the last two years, the first made the longest ago.
              createdAt.minusDays(730L - 3L * i).minusMinutes(37L * i % 480)));
    }
    return people;
  }

  private static DemoPeopleGenerator.Area area(Team team) {
    String name = team.name().toLowerCase(Locale.UK);
    if (name.contains("north")) {
      return DemoPeopleGenerator.Area.NORTH;
    }
    return name.contains("south") ? DemoPeopleGenerator.Area.SOUTH : DemoPeopleGenerator.Area.ANY;
  }

  /**
   * Spreads people over the teams (localities get most of them) and their staff. The demo
   * practitioner in North locality holds a caseload, and some North people wait for a worker.
   */
  private final class Allocations {
    private final List<Team> teams;
    private final Team north;
    private final Map<UUID, List<StaffSummary>> members = new HashMap<>();
    private int northSeen;

    Allocations(List<Team> teams) {
      this.teams = teams;
      this.north =
          teams.stream()
              .filter(team -> team.name().toLowerCase(Locale.UK).contains("north"))
              .findFirst()
              .orElse(teams.get(0));
    }

    Team teamFor(Random random) {
      // Localities hold most people; hospital discharge is short-term work.
      int roll = random.nextInt(10);
      if (teams.size() < 3) {
        return teams.get(roll % teams.size());
      }
      Team hospital =
          teams.stream()
              .filter(team -> !team.name().toLowerCase(Locale.UK).contains("locality"))
              .findFirst()
              .orElse(teams.get(2));
      List<Team> localities = teams.stream().filter(team -> !team.equals(hospital)).toList();
      return roll < 2 ? hospital : localities.get(roll % localities.size());
    }

    UUID workerFor(Team team, Random random) {
      List<StaffSummary> inTeam = members.computeIfAbsent(team.id(), staff::membersOf);
      if (team.equals(north)) {
        return northWorker(inTeam, random);
      }
      if (inTeam.isEmpty() || random.nextInt(10) == 0) {
        return null;
      }
      return inTeam.get(random.nextInt(inTeam.size())).id();
    }

    private UUID northWorker(List<StaffSummary> members, Random random) {
      int seen = northSeen++;
      var practitioner =
          members.stream().filter(member -> member.username().equals("practitioner")).findFirst();
      if (practitioner.isPresent() && seen < PRACTITIONER_CASELOAD) {
        return practitioner.get().id();
      }
      List<StaffSummary> others =
          members.stream().filter(member -> !member.username().equals("practitioner")).toList();
      if (seen < PRACTITIONER_CASELOAD + NORTH_UNALLOCATED || others.isEmpty()) {
        return null;
      }
      return others.get(random.nextInt(others.size())).id();
    }
  }

  /** How many days before the demo starts its one death happened. */
  static final int DIED_DAYS_AGO = 12;

  /**
   * One demo person has died (ADR 0169): the oldest person held by a team outside North locality
   * with no named worker, so no demo story or caseload has them. Their record shows "Died on" at
   * the top, their chronology says so, and the CLD extract sends the date.
   */
  private void recordDeath(List<DemoPerson> people, List<Team> all) {
    Set<UUID> north = new HashSet<>();
    all.stream()
        .filter(team -> area(team) == DemoPeopleGenerator.Area.NORTH)
        .forEach(team -> north.add(team.id()));
    people.stream()
        .filter(person -> person.workerId() == null && !north.contains(person.teamId()))
        .filter(person -> person.dateOfBirth() != null)
        .min(java.util.Comparator.comparing(DemoPerson::dateOfBirth))
        .ifPresent(
            person -> {
              LocalDate died = LocalDate.now(clock).minusDays(DIED_DAYS_AGO);
              jdbc.sql("UPDATE person SET date_of_death = :died WHERE id = :id")
                  .param("died", died)
                  .param("id", person.id())
                  .update();
              jdbc.sql(
                      """
                      INSERT INTO person_chronology (person_id, occurred_at, kind, summary,
                        recorded_by, recorded_by_username)
                      VALUES (:person, :at, 'death-recorded', :summary, 'Demo council', 'demo')
                      """)
                  .param("person", person.id())
                  .param("at", OffsetDateTime.now(clock).minusDays(DIED_DAYS_AGO - 1))
                  .param("summary", text.get("person.chronology.deathRecorded", text.date(died)))
                  .update();
              // Other modules end what the death ends once the demo is committed (ADR 0174), so
              // the plan the demo stories give this person is seen ended by their death.
              events.publishEvent(new PersonDied(person.id(), died, null));
            });
  }

  private void insert(DemoPerson person) {
    jdbc.sql(
            """
            INSERT INTO person (id, first_name, last_name, preferred_name, pronouns, date_of_birth,
              nhs_number, address_line_1, address_line_2, town, postcode, phone, email, gender,
              ethnicity, main_language, interpreter_needed, communication_needs, preferred_format,
              advocate_needed, team_id, worker_id, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :firstName, :lastName, :preferredName, :pronouns, :dateOfBirth,
              :nhsNumber, :addressLine1, :addressLine2, 'Leeds', :postcode, :phone, :email, :gender,
              :ethnicity, :mainLanguage, :interpreterNeeded, :communicationNeeds, :preferredFormat,
              :advocateNeeded, :teamId, :workerId, :createdAt, 'demo', :createdAt, 'demo')
            """)
        .paramSource(person)
        .update();
  }
}
