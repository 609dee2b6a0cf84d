package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The directory at scale, run on demand only:
 *
 * <pre>./mvnw -q test -Dtest=CommunityBenchmark -Dbenchmark=true</pre>
 *
 * <p>Loads 100,000 assets (override with {@code -Dbenchmark.assets=N}) spread over Great Britain
 * like its population (clustered round 40 towns and cities, plus a rural scatter) with a postcode
 * per town, runs ANALYZE, warms up, and prints server times (p50/p95 around the code that answers
 * {@code /services?search=…} and {@code /service_at_locations?postcode=…&proximity=5000}: the
 * search SQL and the loading of the page's records), then imports a generated 10,000-service ORUK
 * feed and prints how long it took. Written to {@code target/benchmark/community.md} too.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true|")
class CommunityBenchmark {

  static final String[][] TOWNS = {
    {"London", "51.507", "-0.128", "9"}, {"Birmingham", "52.486", "-1.890", "3"},
    {"Manchester", "53.480", "-2.242", "3"}, {"Leeds", "53.800", "-1.549", "2"},
    {"Glasgow", "55.864", "-4.252", "2"}, {"Liverpool", "53.408", "-2.991", "2"},
    {"Newcastle", "54.978", "-1.617", "2"}, {"Sheffield", "53.381", "-1.470", "2"},
    {"Bristol", "51.455", "-2.588", "2"}, {"Edinburgh", "55.953", "-3.188", "2"},
    {"Cardiff", "51.481", "-3.179", "1"}, {"Nottingham", "52.954", "-1.158", "1"},
    {"Leicester", "52.637", "-1.139", "1"}, {"Coventry", "52.407", "-1.510", "1"},
    {"Hull", "53.767", "-0.327", "1"}, {"Bradford", "53.796", "-1.759", "1"},
    {"Stoke", "53.002", "-2.179", "1"}, {"Plymouth", "50.375", "-4.143", "1"},
    {"Southampton", "50.909", "-1.404", "1"}, {"Norwich", "52.630", "1.297", "1"},
    {"Exeter", "50.718", "-3.534", "1"}, {"York", "53.960", "-1.087", "1"},
    {"Aberdeen", "57.149", "-2.094", "1"}, {"Inverness", "57.478", "-4.225", "1"},
    {"Carlisle", "54.892", "-2.932", "1"}, {"Swansea", "51.621", "-3.944", "1"},
    {"Brighton", "50.822", "-0.137", "1"}, {"Cambridge", "52.205", "0.122", "1"},
    {"Oxford", "51.752", "-1.258", "1"}, {"Ipswich", "52.056", "1.148", "1"},
    {"Lincoln", "53.230", "-0.540", "1"}, {"Preston", "53.763", "-2.703", "1"},
    {"Middlesbrough", "54.574", "-1.235", "1"}, {"Derby", "52.921", "-1.476", "1"},
    {"Reading", "51.454", "-0.978", "1"}, {"Dundee", "56.462", "-2.971", "1"},
    {"Truro", "50.263", "-5.051", "1"}, {"Shrewsbury", "52.707", "-2.754", "1"},
    {"Gloucester", "51.864", "-2.244", "1"}, {"Lancaster", "54.047", "-2.801", "1"},
  };

  static final String[] WORDS = {
    "walking",
    "gardening",
    "choir",
    "befriending",
    "lunch",
    "library",
    "swimming",
    "knitting",
    "carers",
    "dementia",
    "computer",
    "cooking",
    "football",
    "yoga",
    "art",
    "history",
    "money",
    "transport",
    "volunteering",
    "reading",
    "allotment",
    "singing",
    "woodwork",
    "dance",
    "chess"
  };

  static final String[] QUERIES = {
    "walking",
    "gardening group",
    "choir",
    "befriending",
    "lunch club",
    "rambling",
    "allotment",
    "singing",
    "dementia carers",
    "computer help",
    "cooking",
    "yoga",
    "knitting"
  };

  @Autowired JdbcClient jdbc;
  @Autowired AssetSearch search;
  @Autowired AssetStore store;
  @Autowired OrukImport importer;

  private final StringBuilder report = new StringBuilder();

  @Test
  void measuresSearchProximityAndImport() throws Exception {
    int size = Integer.getInteger("benchmark.assets", 100_000);
    long started = System.nanoTime();
    load(size);
    jdbc.sql("VACUUM ANALYZE").update();
    line(
        "Directory: %,d assets loaded and analysed in %.1f s",
        size, (System.nanoTime() - started) / 1e9);

    Random random = new Random(7);
    List<Long> text = new ArrayList<>();
    List<Long> near = new ArrayList<>();
    List<Long> both = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      boolean warm = i < 100;
      String q = QUERIES[random.nextInt(QUERIES.length)];
      String[] town = TOWNS[random.nextInt(TOWNS.length)];
      Postcodes.Point point =
          new Postcodes.Point(Double.parseDouble(town[1]), Double.parseDouble(town[2]));
      long t = time(AssetQuery.everything().publishedOnly().withText(q, false));
      long n =
          time(AssetQuery.everything().publishedOnly().near(point, 5_000.0, true).locatedOnly());
      long b =
          time(
              AssetQuery.everything()
                  .publishedOnly()
                  .withText(q, false)
                  .near(point, 5_000.0, true)
                  .locatedOnly());
      if (!warm) {
        text.add(t);
        near.add(n);
        both.add(b);
      }
    }
    row("/services?search=… (per_page 50)", text);
    relevance = true;
    List<Long> page = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      long t =
          time(AssetQuery.everything().withText(QUERIES[random.nextInt(QUERIES.length)], false));
      if (i >= 50) {
        page.add(t);
      }
    }
    row("search page, ranked by relevance (20 → 50 shown)", page);
    relevance = false;
    row("/service_at_locations?postcode=…&proximity=5000", near);
    row("search + postcode + 5 km", both);

    String feed = feed(10_000);
    long importStart = System.nanoTime();
    OrukImport.Report imported = importer.importText("benchmark-feed", feed, "benchmark");
    double importSeconds = (System.nanoTime() - importStart) / 1e9;
    line(
        "Import of a 10,000-service ORUK feed: %.1f s (%d created, %d refused)",
        importSeconds, imported.created(), imported.failed().size());
    long againStart = System.nanoTime();
    OrukImport.Report again = importer.importText("benchmark-feed", feed, "benchmark");
    line(
        "Re-import of the same feed: %.1f s (%d unchanged)",
        (System.nanoTime() - againStart) / 1e9, again.unchanged());

    Path file = Path.of("target/benchmark/community.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    System.out.println(report);
    assertThat(imported.created()).isEqualTo(10_000);
  }

  private boolean relevance;

  private long time(AssetQuery query) {
    long start = System.nanoTime();
    AssetSearch.Results results = search.search(query, 1, 50, relevance);
    store.findAll(results.hits().stream().map(AssetSearch.Hit::id).toList());
    return System.nanoTime() - start;
  }

  private void row(String what, List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    line(
        "%-50s p50 %5.1f ms  p95 %5.1f ms  max %5.1f ms  (%d runs)",
        what,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.95)] / 1e6,
        sorted[sorted.length - 1] / 1e6,
        sorted.length);
  }

  private void line(String format, Object... args) {
    report.append(String.format(format, args)).append('\n');
  }

  /** Assets clustered round towns by weight, a tenth scattered over the countryside. */
  private void load(int size) {
    Random random = new Random(2024);
    int totalWeight = Arrays.stream(TOWNS).mapToInt(t -> Integer.parseInt(t[3])).sum();
    StringBuilder sql = new StringBuilder();
    List<Object[]> sessions = new ArrayList<>();
    for (int start = 0; start < size; start += 2_000) {
      List<String> rows = new ArrayList<>();
      for (int i = start; i < Math.min(size, start + 2_000); i++) {
        double lat;
        double lon;
        if (random.nextInt(10) == 0) {
          lat = 50.2 + random.nextDouble() * 7.3;
          lon = -5.5 + random.nextDouble() * 7.2;
        } else {
          int pick = random.nextInt(totalWeight);
          String[] town = TOWNS[0];
          for (String[] t : TOWNS) {
            pick -= Integer.parseInt(t[3]);
            if (pick < 0) {
              town = t;
              break;
            }
          }
          lat = Double.parseDouble(town[1]) + random.nextGaussian() * 0.06;
          lon = Double.parseDouble(town[2]) + random.nextGaussian() * 0.09;
        }
        String a = WORDS[random.nextInt(WORDS.length)];
        String b = WORDS[random.nextInt(WORDS.length)];
        rows.add(
            String.format(
                java.util.Locale.ROOT,
                "('%s','ASSOCIATION','%s %s club %d','Weekly %s and %s for everyone',%.6f,%.6f,now(),'bench',now(),'bench')",
                UUID.randomUUID(),
                cap(a),
                cap(b),
                i,
                a,
                b,
                lat,
                lon));
      }
      jdbc.sql(
              "INSERT INTO community_asset (id, kind, name, offers, latitude, longitude, created_at,"
                  + " created_by, updated_at, updated_by) VALUES "
                  + String.join(",", rows))
          .update();
    }
    jdbc.sql(
            """
            INSERT INTO community_asset_schedule (asset_id, day, opens_at, closes_at)
            SELECT id, (ARRAY['MO','TU','WE','TH','FR','SA','SU'])[1 + abs(hashtext(id::text)) % 7],
              time '10:00', time '12:00' FROM community_asset WHERE created_by = 'bench'
            """)
        .update();
    sql.setLength(0);
    sessions.clear();
  }

  private static String cap(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** An ORUK page of full services with schedules, a location and a taxonomy term each. */
  private static String feed(int services) {
    Random random = new Random(99);
    StringBuilder json = new StringBuilder("{\"total_items\": " + services + ", \"contents\": [");
    UUID organisation = UUID.randomUUID();
    for (int i = 0; i < services; i++) {
      if (i > 0) {
        json.append(',');
      }
      String word = WORDS[random.nextInt(WORDS.length)];
      json.append(
          String.format(
              java.util.Locale.ROOT,
              """
              {"id": "%s", "name": "Imported %s group %d", "status": "active",
               "description": "A friendly %s group", "minimum_age": 18, "email": "group%d@example.org",
               "organization": {"id": "%s", "name": "Feed charity", "description": "A charity"},
               "schedules": [{"id": "%s", "byday": "MO,WE", "opens_at": "10:00:00", "closes_at": "12:00:00"}],
               "service_at_locations": [{"id": "%s", "location": {"id": "%s", "location_type": "physical",
                 "latitude": %.5f, "longitude": %.5f,
                 "addresses": [{"id": "%s", "address_1": "1 High Street", "city": "Town",
                   "state_province": "England", "postal_code": "LS1 1AA", "country": "GB", "address_type": "physical"}]}}],
               "attributes": [{"id": "%s", "taxonomy_term": {"id": "%s", "name": "%s", "description": "%s"}}]}
              """,
              UUID.randomUUID(),
              word,
              i,
              word,
              i,
              organisation,
              UUID.randomUUID(),
              UUID.randomUUID(),
              UUID.randomUUID(),
              51 + random.nextDouble() * 3,
              -3 + random.nextDouble() * 3,
              UUID.randomUUID(),
              UUID.randomUUID(),
              UUID.nameUUIDFromBytes(word.getBytes()),
              word,
              word));
    }
    return json.append("]}").toString();
  }
}
