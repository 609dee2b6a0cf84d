package org.strengths.network;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.PersonAllocation;
import org.strengths.access.PersonDirectory;
import org.strengths.access.StaffAccounts;
import org.strengths.platform.StrengthsProperties;

/**
 * In demo mode, gives about 30 of the demo people (the demo practitioner's caseload first) networks
 * of 5 to 15 relationships that grew and changed over the last year, with a snapshot at every
 * change, so "as it was on" and "compare" have something to show. Runs after the demo people are
 * added (they have fixed ids), always makes the same networks, and does nothing if they exist. The
 * demo module asks for them through {@link Networks#addDemoNetworks()}.
 */
@Component
class NetworkDemo {

  static final int PEOPLE = 30;

  /** The demo people's ids, as the person module makes them. */
  private static final int DEMO_PEOPLE = 200;

  private static final Logger log = LoggerFactory.getLogger(NetworkDemo.class);

  private record Template(TieKind kind, String label, String specificTie) {}

  private static final List<Template> TEMPLATES =
      List.of(
          new Template(TieKind.FAMILY, "Mary", "daughter"),
          new Template(TieKind.FAMILY, "Dev", "son"),
          new Template(TieKind.FAMILY, "Joan", "sister"),
          new Template(TieKind.FAMILY, "Peter", "brother"),
          new Template(TieKind.FAMILY, "Aisha", "granddaughter"),
          new Template(TieKind.FAMILY, "Tom", "grandson"),
          new Template(TieKind.FAMILY, "Leah", "niece"),
          new Template(TieKind.FRIEND, "Brenda", null),
          new Template(TieKind.FRIEND, "Frank", "friend from the allotment"),
          new Template(TieKind.FRIEND, "Old friends from work", null),
          new Template(TieKind.NEIGHBOUR, "Mrs Okafor next door", null),
          new Template(TieKind.NEIGHBOUR, "Neighbour at number 12", null),
          new Template(TieKind.COMMUNITY_GROUP, "Tuesday lunch club", null),
          new Template(TieKind.COMMUNITY_GROUP, "Library knit and natter", null),
          new Template(TieKind.COMMUNITY_GROUP, "Men's shed", null),
          new Template(TieKind.FAITH, "St Anne's church", null),
          new Template(TieKind.FAITH, "Mosque on Spencer Place", null),
          new Template(TieKind.WORK_EDUCATION, "Volunteering at the food bank", null),
          new Template(TieKind.WORK_EDUCATION, "Evening class at the college", null),
          new Template(TieKind.PROFESSIONAL, "Dr Patel", "GP"),
          new Template(TieKind.PROFESSIONAL, "District nurse", null),
          new Template(TieKind.PROFESSIONAL, "Social prescriber", null),
          new Template(TieKind.PAID_CARER, "Home care agency", "morning calls"),
          new Template(TieKind.PAID_CARER, "Personal assistant", null),
          new Template(TieKind.PLACE, "Roundhay Park", null),
          new Template(TieKind.PLACE, "The café on the corner", null),
          new Template(TieKind.PET, "Rex", "dog"),
          new Template(TieKind.PET, "Tibby", "cat"),
          new Template(TieKind.OTHER, "Jobcentre", null));

  /** One relationship's story: added, perhaps changed, perhaps ended. */
  private record Story(
      UUID id,
      MemberDetails first,
      Instant added,
      MemberDetails later,
      Instant changed,
      Instant ended) {

    MemberDetails asAt(Instant at) {
      return changed != null && !changed.isAfter(at) ? later : first;
    }

    boolean presentAt(Instant at) {
      return !added.isAfter(at) && (ended == null || ended.isAfter(at));
    }
  }

  private final NetworkStore store;
  private final PersonDirectory directory;
  private final StaffAccounts staff;
  private final StrengthsProperties properties;
  private final Clock clock;

  NetworkDemo(
      NetworkStore store,
      PersonDirectory directory,
      StaffAccounts staff,
      StrengthsProperties properties,
      Clock clock) {
    this.store = store;
    this.directory = directory;
    this.staff = staff;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional
  void add() {
    if (!properties.demo()) {
      return;
    }
    List<PersonAllocation> chosen = chosen();
    if (chosen.isEmpty() || store.hasAnyMembers(chosen.get(0).personId())) {
      return;
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    for (PersonAllocation person : chosen) {
      // Seeded from the (hashed) person id: consecutive seeds would give look-alike networks.
      UUID id = person.personId();
      seed(
          id,
          recorder(person),
          new Random(id.getMostSignificantBits() ^ id.getLeastSignificantBits()),
          now);
    }
    log.info("Added demo networks for {} people", chosen.size());
  }

  /** The demo practitioner's caseload first, then others in the order they were made. */
  private List<PersonAllocation> chosen() {
    List<PersonAllocation> all = new ArrayList<>();
    for (int i = 0; i < DEMO_PEOPLE; i++) {
      directory
          .allocationOf(
              UUID.nameUUIDFromBytes(
                  ("strengths-demo-person-" + i).getBytes(StandardCharsets.UTF_8)))
          .ifPresent(all::add);
    }
    UUID caseloadOf = practitionerId();
    List<PersonAllocation> chosen = new ArrayList<>();
    all.stream()
        .filter(p -> caseloadOf != null && caseloadOf.equals(p.workerId()))
        .forEach(chosen::add);
    all.stream()
        .filter(p -> !chosen.contains(p))
        .limit(Math.max(0, PEOPLE - chosen.size()))
        .forEach(chosen::add);
    return chosen.stream().limit(PEOPLE).toList();
  }

  private UUID practitionerId() {
    try {
      return staff.loadUserByUsername("practitioner").id();
    } catch (RuntimeException noSuchAccount) {
      return null;
    }
  }

  private NetworkStore.Recorder recorder(PersonAllocation person) {
    return person.workerId() == null
        ? new NetworkStore.Recorder("system", "Demo data")
        : staff
            .find(person.workerId())
            .map(s -> new NetworkStore.Recorder(s.username(), s.displayName()))
            .orElse(new NetworkStore.Recorder("system", "Demo data"));
  }

  private void seed(UUID personId, NetworkStore.Recorder by, Random random, Instant now) {
    List<Story> stories = stories(personId, random, now);
    TreeSet<Instant> moments = new TreeSet<>();
    for (Story story : stories) {
      moments.add(story.added());
      if (story.changed() != null) {
        moments.add(story.changed());
      }
      if (story.ended() != null) {
        moments.add(story.ended());
      }
    }
    for (Instant at : moments) {
      List<Tie> ties =
          stories.stream()
              .filter(story -> story.presentAt(at))
              .sorted(Comparator.comparing(Story::added).thenComparing(Story::id))
              .map(story -> tie(story.id(), story.asAt(at)))
              .toList();
      store.snapshot(personId, ties, by, at);
    }
    for (Story story : stories) {
      store.insert(story.id(), personId, story.first(), by, story.added());
      int version = 0;
      if (story.changed() != null) {
        store.update(story.id(), version++, story.later(), by, story.changed());
      }
      if (story.ended() != null) {
        store.end(story.id(), version, by, story.ended());
      }
    }
  }

  private static List<Story> stories(UUID personId, Random random, Instant now) {
    List<Template> pool = new ArrayList<>(TEMPLATES);
    Collections.shuffle(pool, random);
    int size = 5 + random.nextInt(11);
    Instant yearAgo = now.minus(Duration.ofDays(360));
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Template template = pool.get(i);
      // Most of the network is recorded at the first visit; the rest is found over the year.
      Instant added =
          i < size * 2 / 3
              ? yearAgo.plus(Duration.ofMinutes(i))
              : yearAgo.plus(Duration.ofDays(30 + random.nextInt(300)));
      MemberDetails first = details(template, random);
      Instant changed = null;
      MemberDetails later = null;
      if (random.nextInt(3) == 0) {
        changed = added.plus(Duration.ofDays(20 + random.nextInt(120)));
        later = changedDetails(first, random);
      }
      Instant ended = null;
      if (random.nextInt(8) == 0) {
        Instant from = changed == null ? added : changed;
        ended = from.plus(Duration.ofDays(15 + random.nextInt(60)));
      }
      stories.add(
          new Story(
              UUID.nameUUIDFromBytes((personId + "-" + i).getBytes(StandardCharsets.UTF_8)),
              first,
              added,
              later != null && changed.isBefore(now) ? later : null,
              changed != null && changed.isBefore(now) ? changed : null,
              ended != null && ended.isBefore(now) ? ended : null));
    }
    return stories;
  }

  private static MemberDetails details(Template template, Random random) {
    TieStrength strength = TieStrength.values()[random.nextInt(3)];
    boolean cares =
        template.kind() == TieKind.PAID_CARER
            || (template.kind() == TieKind.FAMILY && random.nextInt(3) == 0);
    boolean family = template.kind() == TieKind.FAMILY;
    Answer willing = cares ? (random.nextInt(4) == 0 ? Answer.NOT_ASKED : Answer.YES) : null;
    return new MemberDetails(
        template.kind(),
        template.label(),
        template.specificTie(),
        null,
        strength,
        random.nextInt(6) == 0,
        SupportDirection.values()[random.nextInt(4)],
        ContactFrequency.values()[random.nextInt(5)],
        random.nextInt(5) == 0 ? Answer.YES : Answer.NOT_ASKED,
        null,
        cares,
        cares ? willing : Answer.NOT_ASKED,
        cares ? Answer.YES : Answer.NOT_ASKED,
        cares && family ? "Works part time; visits before work three days a week." : null,
        cares ? Answer.YES : Answer.NOT_ASKED,
        random.nextBoolean() ? Answer.YES : Answer.NOT_ASKED);
  }

  /** A relationship that grew stronger or weaker, or became or stopped being stressful. */
  private static MemberDetails changedDetails(MemberDetails was, Random random) {
    TieStrength strength = was.strength();
    boolean stressful = was.stressful();
    if (random.nextBoolean()) {
      strength = strength == TieStrength.STRONG ? TieStrength.ORDINARY : TieStrength.STRONG;
    } else {
      stressful = !stressful;
    }
    return new MemberDetails(
        was.kind(),
        was.label(),
        was.specificTie(),
        was.linkedPersonId(),
        strength,
        stressful,
        was.direction(),
        was.contactFrequency(),
        was.wantsChange(),
        was.changeWanted(),
        was.givesCare(),
        was.willing(),
        was.able(),
        was.impactOnThem(),
        was.personAgrees(),
        was.consentToContact());
  }

  private static Tie tie(UUID id, MemberDetails details) {
    return new Tie(
        id,
        details.label(),
        details.kind(),
        details.strength(),
        details.stressful(),
        details.direction(),
        details.givesCare());
  }
}
