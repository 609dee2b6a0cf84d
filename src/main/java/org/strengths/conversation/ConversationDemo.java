package org.strengths.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengths.person.Chronology;
import org.strengths.platform.StrengthsProperties;

/**
 * In demo mode, gives about 20 demo people one to three conversations each, the same every time
 * (ids and content derive from the person), once: nothing is added if any demo conversation exists.
 * Runs after the demo people.
 */
@Component
@Order(3)
class ConversationDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ConversationDemo.class);
  private static final int PEOPLE = 20;

  private static final String[][] WORDS = {
    {"Getting back to the allotment on Saturdays", "Seeing my grandchildren without worrying"},
    {"Being able to cook my own tea", "Going to the mosque on Fridays with my brother"},
    {"Not being a burden on my daughter", "Walking the dog along the canal"},
    {"Staying in my own home, with my cat", "Singing in the community choir again"},
  };
  private static final String[][] STRENGTHS = {
    {"interests", "Grows vegetables and shares them with neighbours"},
    {"relationship", "Close to a neighbour who calls in daily"},
    {"skills", "Good at fixing things around the house"},
    {"community", "Member of the Tuesday lunch club at the church hall"},
    {"qualities", "Determined and funny"},
    {"coping", "Keeps a diary to manage low days"},
  };

  private final JdbcClient jdbc;
  private final ConversationStore store;
  private final Chronology chronology;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final StrengthsProperties properties;
  private final Clock clock;
  private final ConversationText text;
  private final Stages stages;

  ConversationDemo(
      JdbcClient jdbc,
      ConversationStore store,
      Chronology chronology,
      ApplicationEventPublisher events,
      TransactionTemplate transaction,
      StrengthsProperties properties,
      Clock clock,
      ConversationText text,
      Stages stages) {
    this.text = text;
    this.stages = stages;
    this.jdbc = jdbc;
    this.store = store;
    this.chronology = chronology;
    this.events = events;
    this.transaction = transaction;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.demo()
        || jdbc.sql("SELECT EXISTS (SELECT 1 FROM conversation WHERE created_by = 'demo')")
            .query(Boolean.class)
            .single()) {
      return;
    }
    List<Person> people =
        jdbc.sql(
                """
                SELECT id, worker_id FROM person
                WHERE created_by = 'demo' AND worker_id IS NOT NULL
                ORDER BY id LIMIT :limit
                """)
            .param("limit", PEOPLE)
            .query(Person.class)
            .list();
    int added = 0;
    for (int p = 0; p < people.size(); p++) {
      Person person = people.get(p);
      int count = 1 + p % 3;
      for (int n = 1; n <= count; n++) {
        int number = n;
        int index = p;
        transaction.executeWithoutResult(status -> add(person, index, number));
        added++;
      }
    }
    log.info("Added {} demo conversations for {} people", added, people.size());
  }

  private void add(Person person, int p, int number) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    LocalDate heldOn = today.minusDays(90L - 30L * (number - 1) - p % 7);
    String stage = number == 1 ? "listen-and-connect" : (p % 5 == 0 ? "crisis" : "good-life");
    String outcome =
        number == 1 && p % 2 == 0
            ? "NFA - Information & Advice / Signposting only"
            : "Progress to Assessment";
    String[] words = WORDS[p % WORDS.length];
    String[] first = STRENGTHS[p % STRENGTHS.length];
    String[] second = STRENGTHS[(p + number) % STRENGTHS.length];
    ConversationContent content =
        new ConversationContent(
            heldOn,
            stage,
            number == 1 ? "phone" : "home",
            number == 1 ? null : "Their home",
            number == 1 ? "The person" : "The person and their daughter",
            List.of(new Quote(words[0], "person", null)),
            List.of(new Quote(words[1], "person", null)),
            "They know what they want and who can help. Start from the things they already do.",
            "Up early, a walk, a chat with the neighbour.",
            "When their back is bad and nobody calls.",
            "Their neighbour checks in most days.",
            "Getting to the shops since the bus route changed.",
            List.of(
                new Strength(first[0], first[1], "person", number > 1, null),
                new Strength(second[0], second[1], "practitioner", false, null)),
            "Told them about the community transport scheme.",
            List.of(
                new AgreedAction(
                    "Ring the community transport scheme", "person", null, heldOn.plusDays(7)),
                new AgreedAction("Send the lunch club leaflet", "practitioner", null, null)),
            "crisis".equals(stage) ? "A working boiler before the cold snap" : null,
            "crisis".equals(stage) ? "Neighbour holds a key; emergency heater loaned" : null,
            "crisis".equals(stage)
                ? List.of(new ConversationSpend(4_599, "Electric heater"))
                : List.of(),
            heldOn.plusDays(28),
            outcome);
    UUID id =
        UUID.nameUUIDFromBytes(
            ("strengths-demo-conversation-" + person.id() + "-" + number)
                .getBytes(StandardCharsets.UTF_8));
    store.insert(
        id,
        person.id(),
        ConversationStatus.COMPLETE,
        number,
        content,
        person.workerId(),
        "demo",
        clock.instant());
    chronology.add(
        person.id(),
        "conversation-recorded",
        text.get(
            "conversation.chronology.recorded",
            number,
            stages.find(stage).map(Stages.Stage::label).orElse(stage)));
    events.publishEvent(new ConversationRecorded(id, person.id(), heldOn, number, stage, outcome));
  }

  record Person(UUID id, UUID workerId) {}
}
