package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PersonPagesTests {

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void addsAPersonAndShowsTheirRecordWithTheCreationInTheChronology() throws Exception {
    StaffMember practitioner = staff("practitioner");
    Map<String, String> typed = person(practitioner);

    MockHttpServletResponse added = postForm(practitioner, "/people/new", typed);

    assertThat(added.getStatus()).isEqualTo(302);
    String location = added.getRedirectedUrl();
    assertThat(location).matches("/people/[0-9a-f-]{36}");
    UUID id = UUID.fromString(location.substring("/people/".length()));
    String record = page(practitioner, location);
    assertThat(record).contains(typed.get("firstName"), typed.get("lastName"), "Sam Okafor");
    assertThat(page(practitioner, location + "/chronology")).contains("Record created");
    assertThat(auditActions(id)).contains("record/create", "record/view");
  }

  @Test
  void offersTheFormWithTheCreatorsTeamAndThemAsWorker() throws Exception {
    StaffMember practitioner = staff("practitioner");

    String form = page(practitioner, "/people/new");

    assertThat(form)
        .contains("id=\"firstName\"", "id=\"dateOfBirthDay\"", "id=\"ethnicity\"")
        .contains("White - English, Welsh, Scottish, Northern Irish or British")
        .containsPattern("<option value=\"" + practitioner.teamId() + "\"\\s+selected=\"selected\"")
        .containsPattern("<option value=\"" + practitioner.id() + "\"\\s+selected=\"selected\"");
  }

  @Test
  void showsTheGovukErrorForABadNhsNumberAndKeepsWhatWasTyped() throws Exception {
    StaffMember practitioner = staff("practitioner");
    Map<String, String> typed = person(practitioner);
    typed.put("nhsNumber", "943 476 5918");
    typed.put("communicationNeeds", "Speaks slowly\r\nUses a hearing aid");

    MockHttpServletResponse response = postForm(practitioner, "/people/new", typed);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString())
        .contains("govuk-error-summary", "href=\"#nhsNumber\"", "Enter a valid NHS number")
        .contains("id=\"nhsNumber-error\"", "value=\"943 476 5918\"")
        .contains("value=\"" + typed.get("firstName") + "\"", "Uses a hearing aid");
  }

  @Test
  void showsEveryProblemAtOnceWithoutLosingText() throws Exception {
    StaffMember practitioner = staff("practitioner");
    Map<String, String> typed = person(practitioner);
    typed.put("lastName", "");
    typed.put("dateOfBirthMonth", "");
    typed.put("postcode", "ABC");
    typed.put("email", "not an email");
    typed.put("pronouns", "x".repeat(51));

    String page = postForm(practitioner, "/people/new", typed).getContentAsString();

    assertThat(page)
        .contains("Enter the person&#39;s last name", "Date of birth must include a month")
        .contains("Enter a real postcode, like LS1 4AP", "Enter an email address in the correct")
        .contains("Pronouns must be 50 characters or fewer", "href=\"#dateOfBirthDay\"")
        .contains("value=\"ABC\"", "value=\"not an email\"");
  }

  @Test
  void warnsAboutALikelyDuplicateAndCarriesOnWithEverythingTyped() throws Exception {
    StaffMember practitioner = staff("practitioner");
    Map<String, String> first = person(practitioner);
    UUID existing = idOf(postForm(practitioner, "/people/new", first));
    Map<String, String> second = new LinkedHashMap<>(first);
    second.put("nhsNumber", "");
    second.put("pronouns", "they/them");

    MockHttpServletResponse warning = postForm(practitioner, "/people/new", second);

    assertThat(warning.getStatus()).isEqualTo(200);
    assertThat(warning.getContentAsString())
        .contains("This person may already have a record", "Open this record")
        .contains("href=\"/people/" + existing + "\"", "Carry on and add this person")
        .contains("Similar name and same date of birth")
        .contains("name=\"duplicatesChecked\" value=\"true\"", "value=\"they/them\"");
    assertThat(auditActions(existing)).contains("record/duplicate-warning");

    second.put("duplicatesChecked", "true");
    MockHttpServletResponse carriedOn = postForm(practitioner, "/people/new", second);

    assertThat(carriedOn.getStatus()).isEqualTo(302);
    assertThat(idOf(carriedOn)).isNotEqualTo(existing);
  }

  @Test
  void warnsAboutTheSameNhsNumberWhateverTheName() throws Exception {
    StaffMember practitioner = staff("practitioner");
    Map<String, String> first = person(practitioner);
    postForm(practitioner, "/people/new", first);
    Map<String, String> other = person(practitioner);
    other.put("nhsNumber", first.get("nhsNumber"));

    String page = postForm(practitioner, "/people/new", other).getContentAsString();

    assertThat(page).contains("This person may already have a record", "Same NHS number");
  }

  @Test
  void goesBackToTheFilledInFormFromTheDuplicateWarning() throws Exception {
    StaffMember practitioner = staff("practitioner");
    Map<String, String> typed = person(practitioner);
    typed.put("change", "true");

    String page = postForm(practitioner, "/people/new", typed).getContentAsString();

    assertThat(page).contains("Add a person", "value=\"" + typed.get("lastName") + "\"");
    assertThat(page).doesNotContain("govuk-error-summary");
  }

  @Test
  void savesAnEditAndShowsTheChangeInTheHistory() throws Exception {
    StaffMember practitioner = staff("practitioner");
    Map<String, String> typed = person(practitioner);
    UUID id = idOf(postForm(practitioner, "/people/new", typed));
    Map<String, String> edited = editable(typed, "0");
    edited.put("postcode", "ls61aa");
    edited.put("interpreterNeeded", "yes");

    MockHttpServletResponse saved = postForm(practitioner, "/people/" + id + "/edit", edited);

    assertThat(saved.getRedirectedUrl()).isEqualTo("/people/" + id);
    assertThat(page(practitioner, "/people/" + id)).contains("LS6 1AA");
    assertThat(page(practitioner, "/people/" + id + "/chronology"))
        .contains("Details changed: Postcode, Needs an interpreter");
    assertThat(page(practitioner, "/people/" + id + "/history"))
        .containsPattern(
            "<th scope=\"row\" class=\"govuk-table__header\">Postcode</th>\\s*"
                + "<td class=\"govuk-table__cell app-word-break\">LS1 4AP</td>\\s*"
                + "<td class=\"govuk-table__cell app-word-break\">LS6 1AA</td>");
    assertThat(changedFields(id)).containsExactlyInAnyOrder("postcode", "interpreterNeeded");
    assertThat(auditActions(id)).contains("details/change");
  }

  @Test
  void showsBothVersionsWhenSomeoneElseSavedFirstAndKeepsTheUsersText() throws Exception {
    StaffMember practitioner = staff("practitioner");
    StaffMember manager = staff("manager");
    Map<String, String> typed = person(practitioner);
    UUID id = idOf(postForm(practitioner, "/people/new", typed));
    Map<String, String> managers = editable(typed, "0");
    managers.put("lastName", "Managerson");
    assertThat(postForm(manager, "/people/" + id + "/edit", managers).getStatus()).isEqualTo(302);
    Map<String, String> mine = editable(typed, "0");
    mine.put("preferredName", "Practitioner typed this");

    MockHttpServletResponse conflict = postForm(practitioner, "/people/" + id + "/edit", mine);

    assertThat(conflict.getStatus()).isEqualTo(200);
    assertThat(conflict.getContentAsString())
        .contains("govuk-error-summary", "These details were changed by Priya Shah")
        .contains("Their saved version", "What you typed", "Managerson")
        .contains(
            "value=\"Practitioner typed this\"", "name=\"version\" id=\"version\" value=\"1\"");
    assertThat(
            jdbc.sql("SELECT last_name FROM person WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("Managerson");

    mine.put("version", "1");
    assertThat(postForm(practitioner, "/people/" + id + "/edit", mine).getStatus()).isEqualTo(302);
  }

  @Test
  void doesNotShowARecordToAPractitionerWithoutAWorkingRelationship() throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));
    StaffMember elsewhere = staff("practitioner2");

    for (String path :
        new String[] {
          "", "/edit", "/death", "/allocation", "/context", "/history", "/chronology"
        }) {
      assertRefused(elsewhere, "/people/" + id + path);
    }
    assertThat(auditActions(id)).doesNotContain("record/view");
  }

  @Test
  void refusesPeoplePagesToAnalysts() throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));
    StaffMember analyst = staff("analyst");

    assertThat(status(analyst, "/people/" + id)).isEqualTo(403);
    assertThat(status(analyst, "/people/new")).isEqualTo(403);
  }

  @Test
  void answersNotFoundForUnknownAndMalformedIds() throws Exception {
    StaffMember practitioner = staff("practitioner");

    assertThat(status(practitioner, "/people/" + UUID.randomUUID())).isEqualTo(404);
    assertThat(status(practitioner, "/people/not-an-id")).isEqualTo(404);
    assertThat(status(practitioner, "/people/not-an-id/edit")).isEqualTo(404);
  }

  @Test
  void escapesMarkupTypedIntoTheRecord() throws Exception {
    StaffMember practitioner = staff("practitioner");
    Map<String, String> typed = person(practitioner);
    typed.put("preferredName", "<script>alert('x')</script>");
    typed.put("communicationNeeds", "<b>bold</b>");
    UUID id = idOf(postForm(practitioner, "/people/new", typed));

    String record = page(practitioner, "/people/" + id);

    assertThat(record).doesNotContain("<script>alert", "<b>bold</b>");
    assertThat(record).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;b&gt;");
  }

  @Test
  void allocatesToAnotherWorkerInTheTeamAndRecordsIt() throws Exception {
    StaffMember practitioner = staff("practitioner");
    StaffMember colleague = staff("practitioner3");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));
    Map<String, String> allocation = new LinkedHashMap<>();
    allocation.put("teamId", practitioner.teamId().toString());
    allocation.put("workerId", colleague.id().toString());
    allocation.put("seenTeamId", practitioner.teamId().toString());
    allocation.put("seenWorkerId", practitioner.id().toString());

    MockHttpServletResponse saved =
        postForm(practitioner, "/people/" + id + "/allocation", allocation);

    assertThat(saved.getRedirectedUrl()).isEqualTo("/people/" + id);
    assertThat(page(practitioner, "/people/" + id)).contains("Grace Evans");
    assertThat(page(practitioner, "/people/" + id + "/chronology"))
        .contains("Allocated to North locality, Grace Evans");
    assertThat(auditActions(id)).contains("allocation/allocate");
  }

  @Test
  void refusesAWorkerFromAnotherTeam() throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));
    Map<String, String> allocation = new LinkedHashMap<>();
    allocation.put("teamId", practitioner.teamId().toString());
    allocation.put("workerId", staff("practitioner2").id().toString());
    allocation.put("seenTeamId", practitioner.teamId().toString());
    allocation.put("seenWorkerId", practitioner.id().toString());

    String page =
        postForm(practitioner, "/people/" + id + "/allocation", allocation).getContentAsString();

    assertThat(page).contains("Select a worker who is in the chosen team");
  }

  @Test
  void tellsTheUserWhenSomeoneElseChangedTheAllocationFirst() throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));
    Map<String, String> allocation = new LinkedHashMap<>();
    allocation.put("teamId", practitioner.teamId().toString());
    allocation.put("workerId", "");
    allocation.put("seenTeamId", practitioner.teamId().toString());
    allocation.put("seenWorkerId", staff("practitioner3").id().toString());

    String page =
        postForm(practitioner, "/people/" + id + "/allocation", allocation).getContentAsString();

    assertThat(page).contains("Someone else changed this allocation", "Sam Okafor");
  }

  @Test
  void keepsContextValuesWithTheirDatesAndShowsTheOneInForceToday() throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));

    postForm(practitioner, "/people/" + id + "/context", context("Tenant", "2024-05-01"));
    MockHttpServletResponse saved =
        postForm(
            practitioner,
            "/people/" + id + "/context",
            context("Registered care home", "2025-01-10"));

    assertThat(saved.getRedirectedUrl()).isEqualTo("/people/" + id + "/history");
    String history = page(practitioner, "/people/" + id + "/history");
    assertThat(history).contains("Registered care home", "Tenant", "10 January 2025", "1 May 2024");
    assertThat(
            jdbc.sql("SELECT count(*) FROM person_context WHERE person_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(auditActions(id)).contains("context/change");
  }

  @Test
  void refusesAContextValueThatIsNotInTheDefinedList() throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));

    String page =
        postForm(practitioner, "/people/" + id + "/context", context("A castle", "2025-01-10"))
            .getContentAsString();

    assertThat(page).contains("Select a value from the list");
  }

  @Test
  void showsTheAuditTrailLinkToManagersOnly() throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));

    assertThat(page(staff("manager"), "/people/" + id)).contains("Who has looked at this record");
    assertThat(page(practitioner, "/people/" + id)).doesNotContain("Who has looked at this record");
  }

  @Test
  void saysWhereAPersonAddedForAnotherTeamWentInsteadOfOpeningTheirRecord() throws Exception {
    StaffMember practitioner = staff("practitioner");
    Map<String, String> typed = person(practitioner);
    typed.put("teamId", staff("practitioner2").teamId().toString());
    typed.put("workerId", "");
    typed.put("pronouns", "she\u0000her");

    MvcResult added = mvc.perform(withForm(post("/people/new"), practitioner, typed)).andReturn();

    assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/people/new");
    String page =
        mvc.perform(
                // The flash message waits in the session (in the database), found by its cookie.
                get("/people/new")
                    .with(user(practitioner))
                    .cookie(added.getResponse().getCookies()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("You added " + typed.get("firstName"), "South locality");
  }

  @Test
  void bringsBackWhatWasTypedWhenTheSessionHadExpired() throws Exception {
    StaffMember practitioner = staff("practitioner");
    Map<String, String> typed = person(practitioner);
    UUID id = idOf(postForm(practitioner, "/people/new", typed));
    String path = "/people/" + id + "/edit";
    MockHttpServletRequestBuilder expired = post(path).with(csrf());
    Map<String, String> edited = editable(typed, "0");
    edited.put("communicationNeeds", "Typed while the session ended");
    edited.forEach(expired::param);

    MvcResult signedOut = mvc.perform(expired).andReturn();
    MockHttpServletResponse toSignIn = signedOut.getResponse();
    // The session lives in the database; the browser holds only its cookie.
    Cookie[] session = toSignIn.getCookies();

    assertThat(toSignIn.getRedirectedUrl()).isEqualTo("/sign-in?expired");
    // The language coach's check, still on its way, is refused and does not replace the form.
    MockHttpServletResponse coach =
        mvc.perform(
                post("/language-coach/check")
                    .cookie(session)
                    .with(csrf())
                    .header("Accept", "application/json")
                    .param("text", "Typed while the session ended"))
            .andReturn()
            .getResponse();
    assertThat(coach.getStatus()).isEqualTo(401);
    String form =
        mvc.perform(get(path).cookie(session).with(user(practitioner)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("Typed while the session ended", "We kept what you typed");
  }

  @Test
  void recordsADateOfDeathShownAtTheTopOfTheRecordAuditedAndInTheChronology() throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));
    String path = "/people/" + id + "/death";
    assertThat(page(practitioner, "/people/" + id))
        .contains("Record a date of death")
        .doesNotContain("Died on");
    assertThat(page(practitioner, path)).contains("id=\"diedOnDay\"", "Date the person died");

    MockHttpServletResponse saved = postForm(practitioner, path, death("0", "3", "May", "2026"));

    assertThat(saved.getRedirectedUrl()).isEqualTo("/people/" + id);
    assertThat(page(practitioner, "/people/" + id))
        .contains("Died on 3 May 2026", "Change the date of death");
    assertThat(page(practitioner, "/people/" + id + "/chronology")).contains("Died on 3 May 2026");
    assertThat(page(practitioner, "/people/" + id + "/history")).contains("Date of death");
    assertThat(auditActions(id)).contains("details/change", "details/view");
  }

  @Test
  void refusesADateOfDeathInTheFutureOrBeforeBirthKeepingWhatWasTyped() throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));
    String path = "/people/" + id + "/death";

    MockHttpServletResponse future = postForm(practitioner, path, death("0", "1", "8", "2026"));
    MockHttpServletResponse unborn = postForm(practitioner, path, death("0", "1", "1", "1920"));
    MockHttpServletResponse empty = postForm(practitioner, path, death("0", "", "", ""));
    MockHttpServletResponse partial = postForm(practitioner, path, death("0", "12", "", "2026"));

    assertThat(future.getStatus()).isEqualTo(200);
    assertThat(future.getContentAsString())
        .contains("govuk-error-summary", "href=\"#diedOnDay\"")
        .contains("Date of death must be today or in the past", "value=\"2026\"");
    assertThat(unborn.getContentAsString())
        .contains("Date of death must be on or after their date of birth", "value=\"1920\"");
    assertThat(empty.getContentAsString()).contains("Enter the date the person died");
    assertThat(partial.getContentAsString())
        .contains("Date of death must include a month", "value=\"12\"");
    assertThat(
            jdbc.sql("SELECT date_of_death FROM person WHERE id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .optional())
        .isEmpty();
  }

  @Test
  void aDateOfDeathTypedOnAStaleRecordIsNotSavedAndTheUserIsToldWhoChangedIt() throws Exception {
    StaffMember practitioner = staff("practitioner");
    Map<String, String> typed = person(practitioner);
    UUID id = idOf(postForm(practitioner, "/people/new", typed));
    Map<String, String> edited = editable(typed, "0");
    edited.put("town", "Otley");
    assertThat(postForm(practitioner, "/people/" + id + "/edit", edited).getStatus())
        .isEqualTo(302);

    MockHttpServletResponse stale =
        postForm(practitioner, "/people/" + id + "/death", death("0", "3", "5", "2026"));

    assertThat(stale.getStatus()).isEqualTo(200);
    assertThat(stale.getContentAsString())
        .contains("after you opened this page", "value=\"1\"", "value=\"3\"", "value=\"5\"");
    assertThat(
            jdbc.sql("SELECT date_of_death FROM person WHERE id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .optional())
        .isEmpty();
    assertThat(
            postForm(practitioner, "/people/" + id + "/death", death("1", "3", "5", "2026"))
                .getStatus())
        .isEqualTo(302);
  }

  @Test
  void removesADateOfDeathRecordedInErrorWithTheReasonInTheChronology() throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));
    String remove = "/people/" + id + "/death/remove";
    assertThat(
            postForm(practitioner, "/people/" + id + "/death", death("0", "3", "5", "2026"))
                .getStatus())
        .isEqualTo(302);
    assertThat(page(practitioner, "/people/" + id)).contains("Remove the date of death");
    assertThat(page(practitioner, remove))
        .contains("The record says this person died on 3 May 2026", "id=\"reason\"");

    MockHttpServletResponse removed =
        postForm(practitioner, remove, Map.of("version", "1", "reason", "Wrong person's record"));

    assertThat(removed.getRedirectedUrl()).isEqualTo("/people/" + id);
    assertThat(page(practitioner, "/people/" + id))
        .doesNotContain("Died on", "Remove the date of death")
        .contains("Record a date of death");
    assertThat(page(practitioner, "/people/" + id + "/chronology"))
        .contains("Date of death removed: Wrong person&#39;s record");
    assertThat(
            jdbc.sql("SELECT date_of_death FROM person WHERE id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .optional())
        .isEmpty();
    assertThat(auditActions(id)).contains("details/change");
    assertThat(status(practitioner, remove)).isEqualTo(302);
  }

  @Test
  void refusesToRemoveADateOfDeathWithoutAReasonOrWithTooLongAOneKeepingWhatWasTyped()
      throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));
    postForm(practitioner, "/people/" + id + "/death", death("0", "3", "5", "2026"));
    String remove = "/people/" + id + "/death/remove";

    MockHttpServletResponse empty =
        postForm(practitioner, remove, Map.of("version", "1", "reason", "  "));
    MockHttpServletResponse tooLong =
        postForm(practitioner, remove, Map.of("version", "1", "reason", "y".repeat(501)));

    assertThat(empty.getStatus()).isEqualTo(200);
    assertThat(empty.getContentAsString())
        .contains("govuk-error-summary", "href=\"#reason\"")
        .contains("Enter why you are removing the date of death");
    assertThat(tooLong.getContentAsString())
        .contains("Reason must be 500 characters or fewer", "y".repeat(501));
    assertThat(
            jdbc.sql("SELECT date_of_death FROM person WHERE id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .single())
        .isEqualTo(LocalDate.of(2026, 5, 3));
  }

  @Test
  void aRemovalBasedOnAStaleRecordIsRefusedAndTheUserIsToldWhatIsSavedNow() throws Exception {
    StaffMember practitioner = staff("practitioner");
    UUID id = idOf(postForm(practitioner, "/people/new", person(practitioner)));
    postForm(practitioner, "/people/" + id + "/death", death("0", "3", "5", "2026"));
    postForm(practitioner, "/people/" + id + "/death", death("1", "4", "5", "2026"));

    MockHttpServletResponse stale =
        postForm(
            practitioner,
            "/people/" + id + "/death/remove",
            Map.of("version", "1", "reason", "Not them"));

    assertThat(stale.getStatus()).isEqualTo(200);
    assertThat(stale.getContentAsString())
        .contains("after you opened this page", "4 May 2026", "value=\"2\"", "Not them");
    assertThat(
            jdbc.sql("SELECT date_of_death FROM person WHERE id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .single())
        .isEqualTo(LocalDate.of(2026, 5, 4));
    assertRefused(staff("practitioner2"), "/people/" + id + "/death/remove");
  }

  private static Map<String, String> death(String version, String day, String month, String year) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", version);
    form.put("diedOnDay", day);
    form.put("diedOnMonth", month);
    form.put("diedOnYear", year);
    return form;
  }

  private StaffMember staff(String username) {
    return TestPeople.staff(accounts, username);
  }

  private static Map<String, String> person(StaffMember creator) {
    LocalDate born = TestPeople.dateOfBirth();
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("firstName", TestPeople.name());
    typed.put("lastName", TestPeople.name());
    typed.put("dateOfBirthDay", String.valueOf(born.getDayOfMonth()));
    typed.put("dateOfBirthMonth", String.valueOf(born.getMonthValue()));
    typed.put("dateOfBirthYear", String.valueOf(born.getYear()));
    typed.put("nhsNumber", TestPeople.nhsNumber());
    typed.put("addressLine1", "1 Test Street");
    typed.put("town", "Leeds");
    typed.put("postcode", "LS1 4AP");
    typed.put("ethnicity", "White - Irish");
    typed.put("mainLanguage", "English");
    typed.put("interpreterNeeded", "no");
    typed.put("preferredFormat", "LARGE_PRINT");
    typed.put("advocateNeeded", "no");
    typed.put("teamId", creator.teamId().toString());
    typed.put("workerId", creator.id().toString());
    return typed;
  }

  private static Map<String, String> editable(Map<String, String> typed, String version) {
    Map<String, String> edit = new LinkedHashMap<>(typed);
    edit.remove("teamId");
    edit.remove("workerId");
    edit.put("version", version);
    return edit;
  }

  private static Map<String, String> context(String accommodation, String from) {
    LocalDate date = LocalDate.parse(from);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("accommodationStatus", accommodation);
    form.put("effectiveFromDay", String.valueOf(date.getDayOfMonth()));
    form.put("effectiveFromMonth", String.valueOf(date.getMonthValue()));
    form.put("effectiveFromYear", String.valueOf(date.getYear()));
    return form;
  }

  private MockHttpServletResponse postForm(StaffMember staff, String path, Map<String, String> form)
      throws Exception {
    return mvc.perform(withForm(post(path), staff, form)).andReturn().getResponse();
  }

  private static MockHttpServletRequestBuilder withForm(
      MockHttpServletRequestBuilder request, StaffMember staff, Map<String, String> form) {
    request.with(user(staff)).with(csrf());
    form.forEach(request::param);
    return request;
  }

  private String page(StaffMember staff, String path) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(user(staff))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }

  private int status(StaffMember staff, String path) throws Exception {
    return mvc.perform(get(path).with(user(staff))).andReturn().getResponse().getStatus();
  }

  /** Refused with 403, and offered break-glass instead of the page. */
  private void assertRefused(StaffMember staff, String path) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(user(staff))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getForwardedUrl()).endsWith("/break-glass/offer");
  }

  private static UUID idOf(MockHttpServletResponse response) {
    assertThat(response.getStatus()).isEqualTo(302);
    return UUID.fromString(response.getRedirectedUrl().substring("/people/".length()));
  }

  private java.util.List<String> auditActions(UUID personId) {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :id ORDER BY seq")
        .param("id", personId)
        .query(String.class)
        .list();
  }

  private java.util.List<String> changedFields(UUID personId) {
    return jdbc.sql("SELECT field FROM person_change WHERE person_id = :id")
        .param("id", personId)
        .query(String.class)
        .list();
  }
}
