package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;
import org.strengths.testing.TestClock;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class PersonSearchIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PersonSearch search;

  // Letters only, as names have: makes names unique to one test in the shared database.
  private final String suffix =
      new Random()
          .ints(6, 'a', 'z' + 1)
          .collect(StringBuilder::new, (b, c) -> b.append((char) c), StringBuilder::append)
          .toString();
  private final StaffMember practitioner =
      StaffMember.of(
          UUID.randomUUID(), "searcher-" + suffix, "Search Tester", Role.PRACTITIONER, null);

  private UUID bartholomew;
  private String nhsNumber;

  @BeforeEach
  void addPeopleWithNamesNobodyElseHas() {
    // The demo people share this database, but none has a name like these.
    nhsNumber = unusedNhsNumber();
    bartholomew =
        insert("Bartholomew", "Quillfeather", LocalDate.of(1932, 2, 29), nhsNumber, "LS6 9ZZ");
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                practitioner, null, practitioner.getAuthorities()));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void findsAPersonWhoseNamesAreBothMistyped() {
    // Two letters swapped in the first name, a double letter dropped and two swapped in the last.
    assertThat(ids("Bartholomwe Quilfeahter")).contains(bartholomew);
  }

  @Test
  void findsAPersonByASoundAlikeSpellingAndBySurnameAlone() {
    assertThat(ids("Bartolomew Kwillfeather")).contains(bartholomew);
    assertThat(ids("quillfeather")).contains(bartholomew);
  }

  @Test
  void findsAPersonByNhsNumberTypedWithSpaces() {
    String spaced = new NhsNumber(nhsNumber).formatted();

    assertThat(spaced).contains(" ");
    assertThat(ids(spaced)).containsExactly(bartholomew);
  }

  @Test
  void findsAPersonByDateOfBirthInEitherFormat() {
    assertThat(ids("29/2/1932")).contains(bartholomew);
    assertThat(ids("1932-02-29")).contains(bartholomew);
  }

  @Test
  void findsAPersonByPostcodeWithOrWithoutTheSpaceAndByOutwardCode() {
    assertThat(ids("LS6 9ZZ")).contains(bartholomew);
    assertThat(ids("ls69zz")).contains(bartholomew);
    assertThat(ids("LS6 Quillfeather")).contains(bartholomew);
  }

  @Test
  void combinesANameWithADateOfBirthAndEveryPartMustMatch() {
    assertThat(ids("Bartholomew Quilfeather 29/2/1932")).contains(bartholomew);
    assertThat(ids("Bartholomew Quilfeather 1/3/1932")).isEmpty();
    assertThat(ids("Quillfeather LS7 1AB")).isEmpty();
  }

  @Test
  void findsAPersonByAFamiliarFormOfTheFirstName() {
    UUID william = insert("William", "Thistlewood" + suffix, LocalDate.of(1950, 1, 2), null, null);

    assertThat(ids("Bill Thistlewood" + suffix)).contains(william);
  }

  // Names typed surname first or with an initial. Each test's surnames end in its own suffix, so
  // only its own people (the person sought and others named alike) can match them.

  @Test
  void findsAPersonWhenTheSurnameIsTypedFirst() {
    String raza = "Raza" + suffix;
    UUID nusrat = insert("Nusrat", raza, LocalDate.of(1948, 3, 12), null, null);
    UUID nasrin = insert("Nasrin", raza, LocalDate.of(1950, 6, 1), null, null);
    UUID nearSurname = insert("Nusrat", "Rasa" + suffix, LocalDate.of(1951, 7, 2), null, null);
    // Read first name first, as the words were typed, this person would be the nearest match.
    UUID typedOrder = insert(raza, "Nusratt", LocalDate.of(1952, 8, 3), null, null);

    List<UUID> found = ids("raza" + suffix + " nusrat");

    assertThat(found).first().isEqualTo(nusrat);
    assertThat(found).contains(nearSurname, typedOrder).doesNotContain(nasrin);
  }

  @Test
  void findsAPersonWhenTheSurnameIsPrintedInCapitalsFirst() {
    String smith = "Smith" + suffix;
    UUID john = insert("John", smith, LocalDate.of(1940, 1, 1), null, null);
    UUID mary = insert("Mary", smith, LocalDate.of(1941, 1, 1), null, null);
    UUID johnSmyth = insert("John", "Smyth" + suffix, LocalDate.of(1942, 1, 1), null, null);
    // Read first name first, "SMITH… John" would be this person.
    UUID typedOrder = insert(smith, "Johns", LocalDate.of(1943, 1, 1), null, null);

    List<UUID> found = ids(smith.toUpperCase(Locale.UK) + " John");

    assertThat(found).first().isEqualTo(john);
    assertThat(found).contains(johnSmyth, typedOrder).doesNotContain(mary);
    assertThat(found.indexOf(johnSmyth)).isLessThan(found.indexOf(typedOrder));
  }

  @Test
  void findsAPersonWrittenSurnameCommaFirstName() {
    String smith = "Smith" + suffix;
    UUID john = insert("John", smith, LocalDate.of(1940, 1, 1), null, null);
    // One letter away from John: found, after him.
    UUID joan = insert("Joan", smith, LocalDate.of(1941, 1, 1), null, null);
    UUID mary = insert("Mary", smith, LocalDate.of(1942, 1, 1), null, null);
    UUID johnSmyth = insert("John", "Smyth" + suffix, LocalDate.of(1943, 1, 1), null, null);

    List<UUID> found = ids(smith + ", John");

    assertThat(found).first().isEqualTo(john);
    assertThat(found).contains(joan, johnSmyth).doesNotContain(mary);
  }

  @Test
  void findsEveryoneWithTheInitialAndSurnameWhicheverWayRoundAndHoweverPunctuated() {
    String smith = "Smith" + suffix;
    UUID john = insert("John", smith, LocalDate.of(1940, 1, 1), null, null);
    UUID joan = insert("Joan", smith, LocalDate.of(1941, 1, 1), null, null);
    UUID jean = insert("Jean", smith, LocalDate.of(1942, 1, 1), null, null);
    UUID mary = insert("Mary", smith, LocalDate.of(1943, 1, 1), null, null);
    UUID johnSmyth = insert("John", "Smyth" + suffix, LocalDate.of(1944, 1, 1), null, null);

    for (String typed : List.of("J " + smith, "j. " + smith.toLowerCase(), smith + " J")) {
      List<UUID> found = ids(typed);

      assertThat(found.subList(0, 3)).as(typed).containsExactlyInAnyOrder(john, joan, jean);
      assertThat(found).as(typed).contains(johnSmyth).doesNotContain(mary);
    }
  }

  @Test
  void findsAPersonByALowerCaseInitialAndSurname() {
    String raza = "Raza" + suffix;
    UUID nusrat = insert("Nusrat", raza, LocalDate.of(1948, 3, 12), null, null);
    UUID nasrin = insert("Nasrin", raza, LocalDate.of(1950, 6, 1), null, null);
    UUID ruth = insert("Ruth", raza, LocalDate.of(1951, 7, 2), null, null);

    List<UUID> found = ids("n " + raza.toLowerCase());

    // Demo people named Raza with an N may follow: the typed surname begins with theirs.
    assertThat(found.subList(0, 2)).containsExactlyInAnyOrder(nusrat, nasrin);
    assertThat(found).doesNotContain(ruth);
  }

  @Test
  void putsAnExactMatchInEitherOrderFirstAndTheOrderTypedBeforeTheOther() {
    String ellis = "Ellis" + suffix;
    String morgan = "Morgan" + suffix;
    UUID ellisMorgan = insert(ellis, morgan, LocalDate.of(1960, 1, 1), null, null);
    UUID morganEllis = insert(morgan, ellis, LocalDate.of(1961, 1, 1), null, null);
    UUID nearInTypedOrder = insert("Elis" + suffix, morgan, LocalDate.of(1962, 1, 1), null, null);

    assertThat(ids(ellis + " " + morgan)).startsWith(ellisMorgan, morganEllis, nearInTypedOrder);
    assertThat(ids(morgan + " " + ellis)).startsWith(morganEllis, ellisMorgan);
    assertThat(ids(ellis.toUpperCase(Locale.UK) + " " + morgan))
        .startsWith(morganEllis, ellisMorgan);
    assertThat(ids(morgan + ", " + ellis)).startsWith(ellisMorgan).doesNotContain(morganEllis);
  }

  @Test
  void findsAPersonWhenTheSurnameIsTypedFirstAndBothNamesAreMisspelt() {
    UUID john = insert("John", "Smith" + suffix, LocalDate.of(1940, 1, 1), null, null);
    insert("Joan", "Smith" + suffix, LocalDate.of(1941, 1, 1), null, null);

    List<UUID> found = ids("smyth" + suffix + " jonh");

    assertThat(found).first().isEqualTo(john);
  }

  @Test
  void findsAPersonWhenTheSurnameIsTypedFirstWithADateOfBirth() {
    String raza = "Raza" + suffix;
    UUID nusrat = insert("Nusrat", raza, LocalDate.of(1948, 3, 12), null, null);
    insert("Nusrat", raza, LocalDate.of(1949, 3, 12), null, null);
    insert("Nasrin", raza, LocalDate.of(1948, 3, 12), null, null);

    assertThat(ids(raza + " nusrat 12/3/1948")).contains(nusrat);
    assertThat(ids(raza + " nusrat 12/3/1948").indexOf(nusrat)).isZero();
  }

  @Test
  void pagesThroughManyResultsTwentyAtATime() {
    for (int i = 0; i < 23; i++) {
      insert(
          "Person" + (char) ('a' + i), "Manyfold" + suffix, LocalDate.of(1960, 1, 1), null, null);
    }

    PersonSearch.Results first = search.search("Manyfold" + suffix, 1);
    PersonSearch.Results second = search.search("Manyfold" + suffix, 2);
    PersonSearch.Results beyond = search.search("Manyfold" + suffix, 9);

    assertThat(first.total()).isEqualTo(23);
    assertThat(first.people()).hasSize(20);
    assertThat(second.people()).hasSize(3);
    assertThat(first.pages()).isEqualTo(2);
    assertThat(beyond.people()).isEmpty();
    assertThat(beyond.total()).isEqualTo(23);
  }

  @Test
  void linksToTheNextPageOfResults() throws Exception {
    for (int i = 0; i < 21; i++) {
      insert(
          "Person" + (char) ('a' + i), "Pagewood" + suffix, LocalDate.of(1961, 1, 1), null, null);
    }

    String page =
        mvc.perform(get("/people").param("q", "Pagewood" + suffix).with(user(practitioner)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("Showing 1 to 20 of 21 people found")
        .contains("class=\"govuk-pagination\"")
        .contains("href=\"/people?q=Pagewood" + suffix + "&amp;page=2\" rel=\"next\"")
        .contains("aria-current=\"page\"");
  }

  @Test
  void recordsTheKindsOfSearchInTheAuditLogButNeverWhatWasTyped() {
    search.search("Quillfeather 29/2/1932", 1);

    List<String> details =
        jdbc.sql(
                "SELECT detail FROM audit_entry WHERE username = :username"
                    + " AND section = 'search' AND action = 'search' ORDER BY seq")
            .param("username", practitioner.getUsername())
            .query(String.class)
            .list();
    assertThat(details).containsExactly("name+dob");
  }

  @Test
  void showsResultsInATableWithFormattedDetails() throws Exception {
    String page =
        mvc.perform(get("/people").param("q", nhsNumber).with(user(practitioner)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("Find a person")
        .contains("href=\"/people/" + bartholomew + "\"")
        .contains("29 February 1932")
        .contains(new NhsNumber(nhsNumber).formatted())
        .contains("LS6 9ZZ")
        .contains("Not allocated")
        .contains("1 person found")
        .contains("<th scope=\"col\" class=\"govuk-table__header\">Allocated worker</th>")
        .contains("href=\"/people/new\"");
  }

  @Test
  void saysSoWhenNobodyMatches() throws Exception {
    mvc.perform(get("/people").param("q", "Zzyzxqvw" + suffix).with(user(practitioner)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("No people match")));
  }

  @Test
  void showsAnErrorInsteadOfSearchingForSomethingUnsearchable() throws Exception {
    for (String bad :
        List.of("", "a".repeat(201), "123", "31/2/1950", "<script>alert(1)</script>")) {
      mvc.perform(get("/people").param("q", bad).with(user(practitioner)))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.not(
                          org.hamcrest.Matchers.containsString("<script>alert"))));
    }
  }

  @Test
  void treatsAnOddPageNumberAsTheFirstPage() throws Exception {
    mvc.perform(get("/people").param("q", nhsNumber).param("page", "-3x").with(user(practitioner)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("1 person found")));
  }

  @Test
  void letsManagersSearchButNotAnalystsOrAdministrators() throws Exception {
    StaffMember manager =
        StaffMember.of(UUID.randomUUID(), "m-" + suffix, "Manager", Role.MANAGER, null);
    StaffMember analyst =
        StaffMember.of(UUID.randomUUID(), "a-" + suffix, "Analyst", Role.ANALYST, null);
    StaffMember admin =
        StaffMember.of(UUID.randomUUID(), "ad-" + suffix, "Admin", Role.ADMIN, null);

    mvc.perform(get("/people").with(user(manager))).andExpect(status().isOk());
    mvc.perform(get("/people").param("q", "smith").with(user(analyst)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/people").with(user(admin))).andExpect(status().isForbidden());
  }

  private List<UUID> ids(String typed) {
    return search.search(typed, 1).people().stream().map(PersonSearch.Result::id).toList();
  }

  private UUID insert(
      String first, String last, LocalDate dateOfBirth, String nhs, String postcode) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO person (id, first_name, last_name, date_of_birth, nhs_number, postcode,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :first, :last, :dob, :nhs, :postcode, :now, 'test', :now, 'test')
            """)
        .param("id", id)
        .param("first", first)
        .param("last", last)
        .param("dob", dateOfBirth)
        .param("nhs", nhs)
        .param("postcode", postcode)
        .param("now", TestClock.offsetNow())
        .update();
    return id;
  }

  /** A valid NHS number that no one in the shared test database has yet. */
  private String unusedNhsNumber() {
    Random random = new Random();
    while (true) {
      String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
      Integer check = NhsNumber.checkDigit(nine);
      if (check != null
          && jdbc.sql("SELECT count(*) FROM person WHERE nhs_number = :nhs")
                  .param("nhs", nine + check)
                  .query(Long.class)
                  .single()
              == 0) {
        return nine + check;
      }
    }
  }
}
