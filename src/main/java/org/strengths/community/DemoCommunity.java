package org.strengths.community;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.platform.StrengthsProperties;

/**
 * In demo mode, fills an empty directory with about 300 fictional community assets across the demo
 * council's Leeds postcode districts (the same districts as the demo people), a postcode table for
 * those districts (every postcode the demo people can have, placed by district and sector), a small
 * taxonomy, a starting synonym list, and the befriending charity of the partner demo. The same data
 * every time (fixed seed).
 */
@Component
class DemoCommunity {

  static final int COUNT = 300;
  static final UUID TAXONOMY_ID = UUID.fromString("5b1f0c3e-7a4d-4c59-9a51-0b7e3c2d1a00");

  /** District, name, centroid latitude and longitude. */
  static final String[][] DISTRICTS = {
    {"LS4", "Burley", "53.8110", "-1.5800"},
    {"LS5", "Kirkstall", "53.8150", "-1.6050"},
    {"LS6", "Headingley", "53.8190", "-1.5770"},
    {"LS7", "Chapel Allerton", "53.8290", "-1.5360"},
    {"LS8", "Roundhay", "53.8290", "-1.5100"},
    {"LS9", "Richmond Hill", "53.7950", "-1.5150"},
    {"LS10", "Middleton", "53.7600", "-1.5350"},
    {"LS11", "Beeston", "53.7800", "-1.5600"},
    {"LS12", "Armley", "53.7950", "-1.5900"},
    {"LS14", "Seacroft", "53.8220", "-1.4620"},
    {"LS15", "Cross Gates", "53.8050", "-1.4500"},
    {"LS16", "Adel", "53.8600", "-1.6000"},
    {"LS17", "Moortown", "53.8600", "-1.5300"},
    {"LS18", "Horsforth", "53.8400", "-1.6400"},
    {"LS26", "Rothwell", "53.7480", "-1.4800"},
    {"LS27", "Morley", "53.7450", "-1.6000"},
  };

  static final String[] TERMS = {
    "Being active", "Gardening and nature", "Arts, crafts and music", "Friendship and befriending",
    "Learning and skills", "Faith and belonging", "Money, work and volunteering",
        "Food and cooking",
    "Health and wellbeing", "Carers' support", "Getting out and about", "Digital skills"
  };

  static final String[] SYNONYMS = {
    "walking, rambling, hiking, walks",
    "allotment, gardening, growing, garden",
    "lonely, loneliness, befriending, friendship, isolated",
    "knitting, crochet, crafts, sewing",
    "singing, choir, music",
    "exercise, fitness, keep fit, active",
    "computer, digital, internet, online",
    "cooking, food, lunch, meal",
    "chat, conversation, coffee, cuppa",
    "money, debt, benefits, budgeting",
  };

  /** Kind, name pattern, what it offers, term index, cost, how to connect. */
  private static final String[][] TEMPLATES = {
    {
      "ASSOCIATION",
      "%s Walking Group",
      "Gentle led walks of about an hour, with a cuppa after.",
      "0",
      "FREE",
      "TURN_UP"
    },
    {
      "ASSOCIATION",
      "%s Ramblers",
      "Longer rambles in the countryside at weekends.",
      "0",
      "FREE",
      "TURN_UP"
    },
    {
      "ASSOCIATION",
      "%s Allotment Society",
      "Shared plots, seeds and advice for new growers.",
      "1",
      "PAID",
      "INTRODUCTION"
    },
    {
      "NATURAL",
      "%s Community Garden",
      "Volunteer gardening sessions, growing vegetables together.",
      "1",
      "FREE",
      "TURN_UP"
    },
    {
      "NATURAL",
      "%s Park",
      "Green space with level paths, benches and a café.",
      "10",
      "FREE",
      "TURN_UP"
    },
    {
      "CULTURAL",
      "%s Community Choir",
      "Singing for fun, no auditions, all voices welcome.",
      "2",
      "PAID",
      "TURN_UP"
    },
    {
      "ASSOCIATION",
      "%s Knit and Natter",
      "Knitting, crochet and a chat over tea.",
      "2",
      "FREE",
      "TURN_UP"
    },
    {
      "SERVICE",
      "%s Befriending",
      "A volunteer visits or phones weekly for company and conversation.",
      "3",
      "FREE",
      "INTRODUCTION"
    },
    {
      "ASSOCIATION",
      "%s Lunch Club",
      "A hot two-course lunch and company for older people.",
      "7",
      "PAID",
      "TURN_UP"
    },
    {
      "INSTITUTION",
      "%s Library",
      "Books, computers, help getting online and reading groups.",
      "11",
      "FREE",
      "TURN_UP"
    },
    {
      "INSTITUTION",
      "%s Leisure Centre",
      "Swimming, gym and gentle exercise classes for all abilities.",
      "0",
      "PAID",
      "TURN_UP"
    },
    {
      "ASSOCIATION",
      "%s Men's Shed",
      "Woodwork, repairs and a chat in a friendly workshop.",
      "4",
      "FREE",
      "TURN_UP"
    },
    {
      "ASSOCIATION",
      "%s Faith Community Café",
      "Open café run by local faith groups; everyone welcome.",
      "5",
      "FREE",
      "TURN_UP"
    },
    {
      "ECONOMIC",
      "%s Credit Union",
      "Savings, affordable loans and help with budgeting.",
      "6",
      "FREE",
      "TURN_UP"
    },
    {
      "ECONOMIC",
      "%s Time Bank",
      "Swap an hour of help for an hour of someone else's.",
      "6",
      "FREE",
      "INTRODUCTION"
    },
    {
      "SERVICE",
      "%s Carers' Group",
      "Peer support and a break for unpaid carers.",
      "9",
      "FREE",
      "INTRODUCTION"
    },
    {
      "SERVICE",
      "%s Memory Café",
      "A relaxed café for people living with dementia and their carers.",
      "8",
      "FREE",
      "TURN_UP"
    },
    {
      "PHYSICAL",
      "%s Community Centre",
      "Rooms to hire and a weekly timetable of activities.",
      "10",
      "PAID",
      "TURN_UP"
    },
    {
      "SERVICE",
      "%s Digital Drop-in",
      "Help with phones, tablets and getting online.",
      "11",
      "FREE",
      "TURN_UP"
    },
    {
      "SERVICE",
      "%s Falls Prevention Class",
      "Strength and balance exercise to prevent falls.",
      "8",
      "FREE",
      "REFERRAL"
    },
    {
      "CULTURAL",
      "%s Heritage Group",
      "Local history talks, walks and archives.",
      "4",
      "FREE",
      "TURN_UP"
    },
    {
      "ASSOCIATION",
      "%s Tai Chi",
      "Slow, gentle movement for balance and calm.",
      "0",
      "PAID",
      "TURN_UP"
    },
    {
      "SERVICE",
      "%s Community Transport",
      "Door-to-door minibus for people who find buses hard.",
      "10",
      "PAID",
      "REFERRAL"
    },
    {
      "ASSOCIATION",
      "%s Cookery Club",
      "Learn to cook simple, cheap meals together.",
      "7",
      "FREE",
      "TURN_UP"
    },
  };

  private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  private static final String[] LANGUAGES = {"Urdu", "Punjabi", "Polish", "Arabic", "BSL"};
  private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final StrengthsProperties properties;
  private final DemoOrganisations organisations;
  private final Clock clock;

  DemoCommunity(
      JdbcClient jdbc,
      JdbcTemplate template,
      StrengthsProperties properties,
      DemoOrganisations organisations,
      Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.properties = properties;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** Adds the demo directory in demo mode, unless there is one; the befriending charity always. */
  @Transactional
  void add() {
    if (!properties.demo()) {
      return;
    }
    organisations.ensureBefriendingCharity();
    if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM community_asset WHERE source = 'demo')")
        .query(Boolean.class)
        .single()) {
      return;
    }
    postcodes();
    List<UUID> terms = taxonomy();
    synonyms();
    assets(terms);
    log.info("Added {} demo community assets", COUNT);
  }

  /** Every postcode "LSd dLL" the demo people can have, spread around its district's centre. */
  private void postcodes() {
    String letters = "ABDEFGHJLNPQRSTUWXYZ";
    List<Object[]> rows = new ArrayList<>();
    for (String[] district : DISTRICTS) {
      double lat = Double.parseDouble(district[2]);
      double lon = Double.parseDouble(district[3]);
      for (int sector = 1; sector <= 9; sector++) {
        double sectorLat = lat + 0.008 * Math.sin(sector * 0.7);
        double sectorLon = lon + 0.012 * Math.cos(sector * 0.7);
        for (int a = 0; a < letters.length(); a++) {
          for (int b = 0; b < letters.length(); b++) {
            String postcode = district[0] + " " + sector + letters.charAt(a) + letters.charAt(b);
            rows.add(
                new Object[] {
                  Postcodes.key(postcode),
                  postcode,
                  sectorLat + (a - 10) * 0.0002,
                  sectorLon + (b - 10) * 0.0003
                });
          }
        }
      }
    }
    template.batchUpdate(
        "INSERT INTO community_postcode (postcode_key, postcode, latitude, longitude)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        rows);
  }

  private List<UUID> taxonomy() {
    jdbc.sql(
            """
            INSERT INTO community_taxonomy (id, name, description, version, source, source_id)
            VALUES (?, 'Strengths community', 'What community assets offer, in everyday words.',
              '1', 'demo', 'demo-taxonomy') ON CONFLICT DO NOTHING
            """)
        .param(TAXONOMY_ID)
        .update();
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < TERMS.length; i++) {
      UUID id = Oruk.derived(TAXONOMY_ID, "term:" + i);
      ids.add(id);
      jdbc.sql(
              """
              INSERT INTO community_taxonomy_term (id, taxonomy_id, code, name, description, source,
                source_id) VALUES (?, ?, ?, ?, ?, 'demo', ?) ON CONFLICT DO NOTHING
              """)
          .params(id, TAXONOMY_ID, "SC" + (i + 1), TERMS[i], TERMS[i], "demo-term-" + i)
          .update();
    }
    return ids;
  }

  private void synonyms() {
    if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM community_synonym)").query(Boolean.class).single()) {
      return;
    }
    for (int i = 0; i < SYNONYMS.length; i++) {
      jdbc.sql(
              "INSERT INTO community_synonym (id, words, updated_at, updated_by)"
                  + " VALUES (?, ?, ?, 'demo')")
          .params(Oruk.derived(TAXONOMY_ID, "synonym:" + i), SYNONYMS[i], OffsetDateTime.now(clock))
          .update();
    }
  }

  private void assets(List<UUID> terms) {
    Random random = new Random(2026);
    LocalDate today = LocalDate.now(clock);
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (int i = 0; i < COUNT; i++) {
      String[] district = DISTRICTS[i % DISTRICTS.length];
      String[] template = TEMPLATES[(i / DISTRICTS.length + i) % TEMPLATES.length];
      boolean befrienders = i == 3 || i == 19;
      UUID id = Oruk.derived(TAXONOMY_ID, "asset:" + i);
      String postcode =
          district[0]
              + " "
              + (1 + random.nextInt(9))
              + "ABDEFGHJLN".charAt(random.nextInt(10))
              + "PQRSTUWXYZ".charAt(random.nextInt(10));
      var point =
          jdbc.sql("SELECT latitude, longitude FROM community_postcode WHERE postcode_key = ?")
              .param(Postcodes.key(postcode))
              .query(Postcodes.Point.class)
              .single();
      boolean older = template[2].contains("older") || template[1].contains("Memory");
      String status = i % 37 == 5 ? "PAUSED" : i % 53 == 7 ? "CLOSED" : "ACTIVE";
      LocalDate verified =
          i % 5 == 0
              ? today.minusMonths(7 + random.nextInt(6))
              : today.minusDays(random.nextInt(150));
      jdbc.sql(
              """
              INSERT INTO community_asset (id, kind, name, description, offers, organisation_id,
                minimum_age, maximum_age, languages, conditions, step_free, hearing_loop,
                accessible_toilet, bsl, cost, cost_details, address_line_1, town, postcode,
                latitude, longitude, contact_name, email, phone, how_to_connect, status,
                last_verified_on, last_verified_by, source, source_id, created_at, created_by,
                updated_at, updated_by)
              VALUES (:id, :kind, :name, :description, :offers, :organisation, :minAge, :maxAge,
                :languages, :conditions, :stepFree, :loop, :toilet, :bsl, :cost, :costDetails,
                :address, :town, :postcode, :lat, :lon, :contact, :email, :phone, :connect,
                :status, :verified, 'demo', 'demo', :sourceId, :now, 'demo', :now, 'demo')
              """)
          .param("id", id)
          .param("kind", template[0])
          .param("name", String.format(template[1], district[1]))
          .param(
              "description",
              "Run by local people in " + district[1] + ". New faces are always welcome.")
          .param("offers", template[2])
          .param(
              "organisation", befrienders ? CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID : null)
          .param("minAge", older ? new BigDecimal("50") : i % 4 == 0 ? new BigDecimal("18") : null)
          .param("maxAge", i % 11 == 0 ? new BigDecimal("25.5") : null)
          .param(
              "languages",
              i % 6 == 0
                  ? new String[] {"English", LANGUAGES[i % LANGUAGES.length]}
                  : new String[] {"English"})
          .param(
              "conditions",
              template[1].contains("Memory")
                  ? "People living with dementia and their carers"
                  : null)
          .param("stepFree", random.nextInt(3) > 0)
          .param("loop", random.nextInt(3) == 0)
          .param("toilet", random.nextBoolean())
          .param("bsl", i % 9 == 0)
          .param("cost", template[4])
          .param(
              "costDetails",
              template[4].equals("PAID") ? "£" + (1 + random.nextInt(5)) + " a session" : null)
          .param("address", (1 + random.nextInt(120)) + " " + district[1] + " Road")
          .param("town", "Leeds")
          .param("postcode", postcode)
          .param("lat", point.latitude())
          .param("lon", point.longitude())
          .param("contact", "The organiser")
          .param("email", "hello" + i + "@community.example.org")
          .param("phone", String.format("0113 496 %04d", 100 + i))
          .param("connect", template[5])
          .param("status", status)
          .param("verified", verified)
          .param("sourceId", "demo-asset-" + i)
          .param("now", now)
          .update();
      if (befrienders) {
        jdbc.sql(
                """
                UPDATE community_asset SET kind = 'SERVICE', how_to_connect = 'INTRODUCTION',
                  name = ?, offers = ?, status = 'ACTIVE', email = 'hello@chapeltown-befrienders.example.org'
                WHERE id = ?
                """)
            .params(
                i == 3
                    ? "Chapeltown Befrienders: weekly visits"
                    : "Chapeltown Befrienders: telephone friends",
                "A volunteer befriender visits or phones every week for company, a chat and trips out,"
                    + " for people who feel lonely or isolated.",
                id)
            .update();
      }
      String day = DAYS[random.nextInt(5 + (i % 3 == 0 ? 2 : 0))];
      int opens = 9 + random.nextInt(10);
      jdbc.sql(
              "INSERT INTO community_asset_schedule (id, asset_id, day, opens_at, closes_at)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .params(
              Oruk.derived(id, "session"),
              id,
              day,
              LocalTime.of(opens, 0),
              LocalTime.of(opens + 2, 0))
          .update();
      jdbc.sql("INSERT INTO community_asset_term (asset_id, term_id) VALUES (?, ?)")
          .params(id, terms.get(Integer.parseInt(template[3])))
          .update();
    }
  }
}
