package org.strengths.person;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.strengths.testing.TestClock;

/**
 * A large fictional population for the search benchmark: names drawn with realistic UK frequencies
 * (see {@link DemoPeopleNames#population()}), adults skewed older, valid NHS numbers from the 999
 * test range and postcodes across the Leeds LS districts. Loaded with COPY, which takes seconds.
 */
final class SyntheticPopulation {

  /** What the benchmark needs to know about each person it made. */
  record Person(
      UUID id,
      String firstName,
      String lastName,
      String preferredName,
      LocalDate dateOfBirth,
      String nhsNumber,
      String postcode) {}

  private static final String[] OUTWARD_CODES = {
    "LS1", "LS2", "LS3", "LS4", "LS5", "LS6", "LS7", "LS8", "LS9", "LS10", "LS11", "LS12", "LS13",
    "LS14", "LS15", "LS16", "LS17", "LS18", "LS19", "LS20", "LS21", "LS22", "LS23", "LS25", "LS26",
    "LS27", "LS28", "LS29"
  };
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  private final Random random;
  private final DemoPeopleNames names = DemoPeopleNames.population();
  private final DemoPeopleGenerator generator;

  SyntheticPopulation(long seed) {
    this.random = new Random(seed);
    this.generator = new DemoPeopleGenerator(random);
  }

  List<Person> generate(int count) {
    List<Person> people = new ArrayList<>(count);
    Set<String> nhsNumbers = new HashSet<>();
    for (int i = 0; i < count; i++) {
      boolean female = random.nextInt(100) < 57;
      String first = (female ? names.femaleNames : names.maleNames).draw(random);
      List<String> nicknames = names.nicknames.getOrDefault(first, List.of());
      String preferred =
          !nicknames.isEmpty() && random.nextInt(4) == 0
              ? nicknames.get(random.nextInt(nicknames.size()))
              : null;
      people.add(
          new Person(
              new UUID(random.nextLong(), random.nextLong()),
              first,
              names.surnames.draw(random),
              preferred,
              generator.dateOfBirth(DemoPeople.AGE_REFERENCE),
              // One in ten has no NHS number recorded yet, as at first contact.
              random.nextInt(10) == 0 ? null : generator.nhsNumber(nhsNumbers),
              postcode()));
    }
    return people;
  }

  private String postcode() {
    return OUTWARD_CODES[random.nextInt(OUTWARD_CODES.length)]
        + " "
        + (1 + random.nextInt(9))
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
  }

  /** Inserts the people with COPY, in batches so the text held in memory stays small. */
  static void copy(DataSource dataSource, List<Person> people, List<UUID> teamIds)
      throws SQLException, IOException {
    String now = TestClock.offsetNow().toString();
    try (Connection connection = dataSource.getConnection()) {
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      Random random = new Random(7);
      for (int start = 0; start < people.size(); start += 20_000) {
        StringBuilder rows = new StringBuilder();
        for (Person person : people.subList(start, Math.min(people.size(), start + 20_000))) {
          rows.append(person.id())
              .append('\t')
              .append(person.firstName())
              .append('\t')
              .append(person.lastName())
              .append('\t')
              .append(nullable(person.preferredName()))
              .append('\t')
              .append(person.dateOfBirth())
              .append('\t')
              .append(nullable(person.nhsNumber()))
              .append('\t')
              .append(1 + random.nextInt(200))
              .append(" High Street\tLeeds\t")
              .append(person.postcode())
              .append('\t')
              .append(teamIds.get(random.nextInt(teamIds.size())))
              .append('\t')
              .append(now)
              .append("\tbenchmark\t")
              .append(now)
              .append("\tbenchmark\n");
        }
        copy.copyIn(
            """
            COPY person (id, first_name, last_name, preferred_name, date_of_birth, nhs_number,
              address_line_1, town, postcode, team_id, created_at, created_by, updated_at,
              updated_by) FROM STDIN
            """,
            new StringReader(rows.toString()));
      }
    }
  }

  private static String nullable(String value) {
    return value == null ? "\\N" : value;
  }
}
