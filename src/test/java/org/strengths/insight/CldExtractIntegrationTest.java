package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.CreatedPerson;
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;

/**
 * The CLD extract end to end on the database: each module's events through the one path, the
 * Release 1 rules, the header exactly as specified, every value in the lists NHS England's
 * processing reads (cld-r1 reference §3), stable references from one quarter to the next, a kept
 * record with the file's checksum, and the command line.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CldExtractIntegrationTest {

  static final LocalDate FROM = LocalDate.of(2031, 1, 1);
  static final LocalDate TO = LocalDate.of(2031, 3, 31);
  static final OffsetDateTime RECORDED = OffsetDateTime.of(2031, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  /** The values NHS England's SALT/ASCOF code lists or compares with (cld-r1 reference §3). */
  static final Map<String, Set<String>> NHS_LISTS =
      Map.ofEntries(
          Map.entry("Event_Type", Set.of("Request", "Assessment", "Service", "Review")),
          Map.entry("Client_Type", Set.of("Service User", "Carer", "Carer known by association")),
          Map.entry(
              "Service_Type",
              Set.of(
                  "Short Term Support: ST-Max",
                  "Long Term Support: Nursing Care",
                  "Long Term Support: Residential Care",
                  "Long Term Support: Community",
                  "Long Term Support: Prison",
                  "Short Term Support: Ongoing Low Level",
                  "Short Term Support: Other Short Term",
                  "Carer Support: Direct to Carer",
                  "Carer Support: Support involving the person cared-for")),
          Map.entry(
              "Delivery_Mechanism",
              Set.of(
                  "Direct Payment", "CASSR Managed Personal Budget", "CASSR Commissioned Support")),
          Map.entry(
              "Event_Outcome",
              Set.of(
                  "Progress to Reablement/ST-Max",
                  "Progress to Assessment",
                  "Admitted to hospital",
                  "Progress to Re-assessment / Unplanned Review",
                  "Progress to Support Planning / Services",
                  "Progress to End of Life Care",
                  "No change in package",
                  "Service ended as planned",
                  "Progress to financial assessment",
                  "Provision of service",
                  "NFA - Deceased",
                  "NFA - Moved to another LA",
                  "NFA - 100% NHS funded care",
                  "NFA - Information & Advice / Signposting only",
                  "NFA - Self-funded client (inc. 12wk disregard)",
                  "NFA - Support declined",
                  "NFA - Support ended: Other reason",
                  "NFA - No services offered: Other reason",
                  "NFA- Other")),
          Map.entry(
              "Primary_Support_Reason",
              Set.of(
                  "Physical Support: Access & mobility only",
                  "Physical Support: Personal care support",
                  "Sensory Support: Support for visual impairment",
                  "Sensory Support: Support for hearing impairment",
                  "Sensory Support: Support for dual impairment",
                  "Support with Memory & Cognition",
                  "Learning Disability Support",
                  "Mental Health Support",
                  "Social Support: Substance misuse support",
                  "Social Support: Asylum seeker support",
                  "Social Support: Support for Social Isolation/Other",
                  "Social Support: Support to Carer",
                  "Unknown")),
          // §3.9: Yes and No are listed; Unknown is referenced as "not known".
          Map.entry("Has_Unpaid_Carer", Set.of("Yes", "No", "Unknown")),
          Map.entry(
              "Ethnicity",
              Set.of(
                  "White - English, Welsh, Scottish, Northern Irish or British",
                  "White - Irish",
                  "White - Gypsy or Irish Traveller",
                  "White - Roma",
                  "White - Any other White background",
                  "Mixed or multiple ethnic groups - White and Black Caribbean",
                  "Mixed or multiple ethnic groups - White and Black African",
                  "Mixed or multiple ethnic groups - White and Asian",
                  "Mixed or multiple ethnic groups - Any other Mixed or multiple ethnic background",
                  "Asian or Asian British - Indian",
                  "Asian or Asian British - Pakistani",
                  "Asian or Asian British - Bangladeshi",
                  "Asian or Asian British - Chinese",
                  "Asian or Asian British - Any other Asian background",
                  "Black, Black British, Caribbean or African - African",
                  "Black, Black British, Caribbean or African - Caribbean",
                  "Black, Black British, Caribbean or African - Any other Black, Black British or"
                      + " Caribbean background",
                  "Other ethnic group - Arab",
                  "Other ethnic group - Any other ethnic group",
                  "No data - Refused",
                  "No data - Undeclared or Not known")),
          Map.entry("Gender", Set.of("Male", "Female", "Other", "Unknown")),
          Map.entry(
              "Employment_Status",
              Set.of(
                  "Paid: Less than 16 hours a week",
                  "Paid: 16 or more hours a week",
                  "Paid: Hours per week unknown",
                  "Not in Paid Employment (seeking work)",
                  "Not in Paid Employment (not actively seeking work / retired)",
                  "Not in Paid Employment (voluntary work only)",
                  "Unknown")),
          Map.entry(
              "Accommodation_Status",
              Set.of(
                  "Owner occupier or shared ownership scheme",
                  "Tenant",
                  "Tenant - private landlord",
                  "Settled mainstream housing with family / friends",
                  "Supported accommodation / supported lodgings / supported group home",
                  "Shared Lives scheme",
                  "Approved premises for offenders released from prison or under probation"
                      + " supervision",
                  "Sheltered housing / extra care housing / other sheltered housing",
                  "Mobile accommodation for Gypsy / Roma and Traveller communities",
                  "Rough sleeper / squatting",
                  "Night shelter / emergency hostel / direct access hostel",
                  "Refuge",
                  "Placed in temporary accommodation by the council (inc. homelessness"
                      + " resettlement)",
                  "Staying with family / friends as a short-term guest",
                  "Acute / long-term healthcare residential facility or hospital",
                  "Registered care home",
                  "Registered nursing home",
                  "Prison / Young offenders institution / detention centre",
                  "Other temporary accommodation",
                  "Unknown")),
          // Appendix A (CLD guidance, Release 1).
          Map.entry(
              "Request_Route_of_Access",
              Set.of(
                  "Planned Entry (Transition)",
                  "Discharge from Hospital",
                  "Diversion from Hospital Services",
                  "Community / Other route",
                  "Prison",
                  "Self-Funder",
                  "Discharge from Reablement",
                  "Transfer from Other LA")),
          // §3.15 (SALT PDF, LTS002).
          Map.entry(
              "Review_Reason",
              Set.of(
                  "Planned",
                  "Unplanned - Hospital (Planned and unplanned episodes)",
                  "Unplanned - Carer related",
                  "Unplanned - Safeguarding concern",
                  "Unplanned - Other Reason",
                  "Unplanned - Provider Failure",
                  "Unplanned - Change in Commissioning arrangements")),
          Map.entry("Assessment_Type", Set.of("Short Term Assessment", "Long Term Assessment")));

  @Autowired CldExtracts extracts;
  @Autowired CldExportCommand command;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  UUID person;
  UUID carer;
  final Map<String, String> expected = new LinkedHashMap<>();
  String openLine;
  String lineEndingNextQuarter;

  @BeforeAll
  void aPersonAndTheirCarerWithEventsInAndAroundTheQuarter() {
    StaffMember worker = staff("practitioner");
    person = create(worker, "Winifred");
    carer = create(worker, "Clement");
    jdbc.sql(
            "UPDATE person SET nhs_number = '9434765919', gender = 'Female',"
                + " ethnicity = 'White - Other White' WHERE id = :id")
        .param("id", person)
        .update();
    context(person, "Primary_Support_Reason", "Mental Health Support");
    context(person, "Accommodation_Status", "Tenant");

    String request =
        cldEvent(
            "conversation",
            "Request",
            null,
            "Initial conversation",
            LocalDate.of(2031, 1, 10),
            LocalDate.of(2031, 1, 10),
            "Progress to Assessment");
    jdbc.sql(
            """
            UPDATE cld_event SET corrected_event_type = 'Request',
              corrected_description = 'Initial conversation',
              corrected_outcome = 'Progress to Assessment',
              corrected_route_of_access = 'Discharge from Hospital', correction_reason = 'Route',
              corrected_by = 'Jo', corrected_at = :at WHERE reference = :reference
            """)
        .param("at", RECORDED)
        .param("reference", request)
        .update();
    expected.put(request, "Request");
    cldEvent(
        "conversation",
        "Request",
        null,
        "Initial conversation",
        LocalDate.of(2030, 12, 31),
        LocalDate.of(2030, 12, 31),
        "Progress to Assessment");
    expected.put(
        cldEvent(
            "eligibility",
            "Assessment",
            "Long Term Assessment",
            "Care Act eligibility determination",
            LocalDate.of(2030, 11, 1),
            LocalDate.of(2031, 2, 1),
            "Progress to Support Planning / Services"),
        "Assessment");
    expected.put(
        cldEvent(
            "conversation",
            "Assessment",
            "Short Term Assessment",
            "Conversation 2",
            TO,
            TO,
            "NFA - Other"),
        "Assessment");

    UUID plan = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_plan (id, person_id, status, started_on, agreed_on,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, 'AGREED', DATE '2030-05-01', DATE '2030-05-20',
              :at, 'test', :at, 'test')
            """)
        .param("id", plan)
        .param("person", person)
        .param("at", RECORDED)
        .update();
    openLine = line(plan, LocalDate.of(2030, 6, 1), null, LocalDate.of(2031, 1, 5));
    expected.put(openLine, "Service");
    line(plan, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), null);
    lineEndingNextQuarter = line(plan, LocalDate.of(2031, 2, 1), LocalDate.of(2031, 5, 1), null);
    expected.put(lineEndingNextQuarter, "Service");
    line(plan, LocalDate.of(2031, 2, 10), LocalDate.of(2031, 2, 9), null);
    expected.put(review(plan, TO), "Review");
    review(plan, TO.plusDays(1));

    UUID link = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO carer_link (id, carer_id, cared_for_id, relationship, consent_given,
              consent_date, consent_given_by, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :carer, :person, 'Husband', true, DATE '2030-01-01', 'Clement',
              :at, 'test', :at, 'test')
            """)
        .param("id", link)
        .param("carer", carer)
        .param("person", person)
        .param("at", RECORDED)
        .update();
    expected.put(
        carersAssessment(link, OffsetDateTime.of(2031, 3, 15, 12, 0, 0, 0, ZoneOffset.UTC)),
        "Assessment");
    carersAssessment(link, null);
  }

  @Test
  void theExtractHasTheHeaderAsSpecifiedAndOneRowForEachEventOfTheQuarter() throws Exception {
    List<Map<String, String>> rows = ours(extract(FROM, TO).rows());

    assertThat(rows)
        .extracting(row -> row.get("Event_Reference"))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    rows.forEach(
        row ->
            assertThat(row.get("Event_Type")).isEqualTo(expected.get(row.get("Event_Reference"))));
  }

  @Test
  void everyValueIsInTheListsNhsEnglandsProcessingReads() throws Exception {
    List<Map<String, String>> rows = ours(extract(FROM, TO).rows());

    assertThat(rows).isNotEmpty();
    for (Map<String, String> row : rows) {
      NHS_LISTS.forEach(
          (column, values) -> {
            String value = row.get(column);
            if (!value.isEmpty()) {
              assertThat(values).as(column + " of " + row.get("Event_Reference")).contains(value);
            }
          });
    }
  }

  @Test
  void personFieldsManagersCorrectionsAndCarersLinksAreSent() throws Exception {
    Map<String, Map<String, String>> byReference =
        ours(extract(FROM, TO).rows()).stream()
            .collect(Collectors.toMap(row -> row.get("Event_Reference"), row -> row));

    Map<String, String> request = byReference.get(expected.keySet().iterator().next());
    assertThat(request.get("Request_Route_of_Access")).isEqualTo("Discharge from Hospital");
    assertThat(request.get("NHS_Number")).isEqualTo("9434765919");
    assertThat(request.get("LA_Person_Unique_Identifier")).isEqualTo(person.toString());
    assertThat(request.get("Ethnicity")).isEqualTo("White - Any other White background");
    assertThat(request.get("Primary_Support_Reason")).isEqualTo("Mental Health Support");
    assertThat(request.get("Accommodation_Status")).isEqualTo("Tenant");

    Map<String, String> carers =
        byReference.values().stream()
            .filter(row -> row.get("Client_Type").equals("Carer"))
            .findFirst()
            .orElseThrow();
    assertThat(carers.get("LA_Person_Unique_Identifier")).isEqualTo(carer.toString());
    assertThat(carers.get("Linked_Person_LA_Unique_Identifier")).isEqualTo(person.toString());
    assertThat(carers.get("Event_End_Date")).isEqualTo("2031-03-15");

    assertThat(byReference.get(openLine).get("Event_End_Date")).isEmpty();
    assertThat(byReference.get(openLine).get("Event_Outcome")).isEqualTo("Provision of service");
    assertThat(
            byReference.values().stream()
                .filter(row -> row.get("Event_Description").equals("Conversation 2"))
                .findFirst()
                .orElseThrow()
                .get("Event_Outcome"))
        .isEqualTo("NFA- Other");
  }

  @Test
  void aServiceKeepsItsReferenceIntoTheNextQuarterWhereItEnds() throws Exception {
    Map<String, Map<String, String>> next =
        ours(extract(TO.plusDays(1), LocalDate.of(2031, 6, 30)).rows()).stream()
            .collect(Collectors.toMap(row -> row.get("Event_Reference"), row -> row));

    assertThat(next).containsKeys(openLine, lineEndingNextQuarter);
    assertThat(next.get(lineEndingNextQuarter).get("Event_End_Date")).isEqualTo("2031-05-01");
    assertThat(next.get(lineEndingNextQuarter).get("Event_Outcome"))
        .isEqualTo("Service ended as planned");
  }

  @Test
  void everyExtractIsKeptWithItsPeriodRowCountAndTheFilesChecksum() throws Exception {
    Made made = extract(FROM, TO);

    CldExtracts.Extract kept =
        extracts.kept(100).stream()
            .filter(extract -> extract.id().equals(made.extract().id()))
            .findFirst()
            .orElseThrow();
    assertThat(kept.from()).isEqualTo(FROM);
    assertThat(kept.to()).isEqualTo(TO);
    assertThat(kept.madeBy()).isEqualTo("test");
    assertThat(kept.rows()).isEqualTo(made.lines().size() - 1);
    assertThat(kept.sha256())
        .isEqualTo(
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(made.bytes())));
  }

  @Test
  void theCommandLineWritesTheSameExtractToAFile(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("returns/cld-q4.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        command.execute(
            new String[] {"--export-cld=" + file, "--from=2031-01-01", "--to=2031-03-31"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isZero();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(String.join(",", ExtractLayout.HEADER));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("CLD extract: " + (lines.size() - 1) + " events from 2031-01-01 to 2031-03-31");
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void theCommandLineRefusesABadDateWithAClearMessage(@TempDir Path directory) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        command.execute(
            new String[] {
              "--export-cld=" + directory.resolve("x.csv"), "--from=2031-02-30", "--to=2031-03-31"
            },
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--from=2031-02-30 is not a date: write it as YYYY-MM-DD")
        .contains("Usage: java -jar strengths.jar --export-cld=FILE");
    assertThat(directory.resolve("x.csv")).doesNotExist();
  }

  record Made(CldExtracts.Extract extract, byte[] bytes, List<String> lines) {
    List<Map<String, String>> rows() {
      List<String> header = parse(lines.get(0));
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        List<String> values = parse(line);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), values.get(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  Made extract(LocalDate from, LocalDate to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CldExtracts.Extract extract = extracts.write(from, to, out, "test");
    byte[] bytes = out.toByteArray();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith(String.join(",", ExtractLayout.HEADER) + "\r\n");
    return new Made(extract, bytes, Arrays.asList(text.split("\r\n")));
  }

  List<Map<String, String>> ours(List<Map<String, String>> rows) {
    Set<String> ids = Set.of(person.toString(), carer.toString());
    return rows.stream()
        .filter(row -> ids.contains(row.get("LA_Person_Unique_Identifier")))
        .toList();
  }

  /** A CSV line of our own extract: quoted fields only when they hold a comma or quote. */
  static List<String> parse(String line) {
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          value.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        values.add(value.toString());
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    values.add(value.toString());
    return values;
  }

  StaffMember staff(String username) {
    StaffMember loaded = accounts.loadUserByUsername(username);
    return StaffMember.of(
        loaded.id(), loaded.getUsername(), loaded.displayName(), loaded.role(), loaded.teamId());
  }

  UUID create(StaffMember worker, String first) {
    String last = "Cldq" + UUID.randomUUID().toString().substring(0, 8);
    CreatedPerson created =
        people.create(
            RecordFixtures.allocated(
                first, last, LocalDate.of(1944, 8, 3), worker.teamId(), worker.id()),
            worker);
    assertThat(created.isCreated()).isTrue();
    return created.id();
  }

  void context(UUID id, String field, String code) {
    jdbc.sql(
            """
            INSERT INTO person_context (person_id, field, code, list_version, effective_from,
              recorded_at, recorded_by, recorded_by_username)
            VALUES (:person, :field, :code, 'CLD-R1', DATE '2030-01-01', :at, 'Test', 'test')
            """)
        .param("person", id)
        .param("field", field)
        .param("code", code)
        .param("at", RECORDED)
        .update();
  }

  String cldEvent(
      String kind,
      String type,
      String assessmentType,
      String description,
      LocalDate start,
      LocalDate end,
      String outcome) {
    UUID source = UUID.randomUUID();
    String reference = (kind.equals("conversation") ? "CONV-" : "ELIG-") + source;
    jdbc.sql(
            """
            INSERT INTO cld_event (id, reference, person_id, source_kind, source_id, start_date,
              end_date, derived_event_type, derived_assessment_type, derived_description,
              derived_outcome, derived_at, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :reference, :person, :kind, :source, :start, :end, :type,
              :assessmentType, :description, :outcome, :at, :at, 'test', :at, 'test')
            """)
        .param("id", UUID.randomUUID())
        .param("reference", reference)
        .param("person", person)
        .param("kind", kind)
        .param("source", source)
        .param("start", start)
        .param("end", end)
        .param("type", type)
        .param("assessmentType", assessmentType)
        .param("description", description)
        .param("outcome", outcome)
        .param("at", RECORDED)
        .update();
    return reference;
  }

  String line(UUID plan, LocalDate start, LocalDate end, LocalDate suspendedFrom) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_support_line (id, plan_id, person_id, kind, help, service_type,
              service_component, delivery_mechanism, unit_cost_pence, cost_frequency,
              planned_units_per_week, start_on, end_on, suspended_from,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, 'COMMISSIONED', 'Help to get up', 'Long Term Support: Community',
              'Home care', 'CASSR Commissioned Support', 2317, 'Hourly', 7, :start, :end,
              :suspended, :at, 'test', :at, 'test')
            """)
        .param("id", id)
        .param("plan", plan)
        .param("person", person)
        .param("start", start)
        .param("end", end)
        .param("suspended", suspendedFrom)
        .param("at", RECORDED)
        .update();
    return id.toString();
  }

  String review(UUID plan, LocalDate heldOn) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_review (id, plan_id, person_id, held_on, review_reason,
              review_method, working, not_working, package_changed, event_outcome,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, :heldOn, 'Unplanned', 'Service user only', 'Walks',
              'Stairs', false, 'No change in package', :at, 'test', :at, 'test')
            """)
        .param("id", id)
        .param("plan", plan)
        .param("person", person)
        .param("heldOn", heldOn)
        .param("at", RECORDED)
        .update();
    return id.toString();
  }

  String carersAssessment(UUID link, OffsetDateTime decidedAt) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO carer_assessment (id, carer_id, link_id, conversation_date,
              decision_eligible, decided_at, decided_by, created_at, created_by, updated_at,
              updated_by)
            VALUES (:id, :carer, :link, DATE '2031-02-20', :eligible, :decided, 'Jo',
              :at, 'test', :at, 'test')
            """)
        .param("id", id)
        .param("carer", carer)
        .param("link", link)
        .param("eligible", decidedAt == null ? null : Boolean.TRUE)
        .param("decided", decidedAt)
        .param("at", RECORDED)
        .update();
    return "CARER-" + id;
  }
}
