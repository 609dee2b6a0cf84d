package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.NewPerson;
import org.strengths.person.People;
import org.strengths.testing.TestClock;

/**
 * Ideas for a person who said different things in two conversations, from a small directory made
 * here, far from the demo council's assets: a few ideas for each thing that matters, what is near
 * and fits first, each saying why.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdeasForTheWholePersonTest {

  /** Their home, and the assets due north or south of it, by this many kilometres. */
  private static final double HOME_LATITUDE = 50.0;

  private static final double HOME_LONGITUDE = -5.0;
  private static final double KM_PER_DEGREE = Math.PI * 6_371 / 180;

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;
  @Autowired People people;
  @Autowired Postcodes postcodes;
  @Autowired JdbcClient jdbc;

  private StaffMember practitioner;

  @BeforeEach
  void directory() throws Exception {
    practitioner = (StaffMember) accounts.loadUserByUsername("practitioner");
    if (jdbc.sql("SELECT count(*) FROM community_asset WHERE source = 'whole-person-test'")
            .query(Long.class)
            .single()
        > 0) {
      return;
    }
    StringBuilder csv = new StringBuilder("pcds,lat,long\n");
    csv.append("TR98 1AA,").append(HOME_LATITUDE).append(',').append(HOME_LONGITUDE).append('\n');
    asset(
        "TR98 1AB",
        0.9,
        "Moorside Allotment Society",
        "Shared plots, seeds and advice for new growers.",
        "ACTIVE",
        csv);
    asset(
        "TR98 1AD",
        -4.0,
        "Greenbank Community Garden",
        "Allotment plots, gardening and growing vegetables together, with a garden café.",
        "ACTIVE",
        csv);
    asset(
        "TR98 1AE",
        2.0,
        "Saturday Growers",
        "Growing food together on Saturday mornings at the allotment.",
        "ACTIVE",
        csv);
    asset(
        "TR98 1AF",
        -6.0,
        "Bramble Lane Garden Club",
        "Monthly talks on gardening for beginners.",
        "ACTIVE",
        csv);
    asset(
        "TR98 1AG",
        1.5,
        "Al-Noor Mosque",
        "Friday prayers, and a community lunch after.",
        "ACTIVE",
        csv);
    asset(
        "TR98 1AH",
        -0.5,
        "Friday Tea and Chat",
        "Tea, biscuits and a chat every Friday morning.",
        "ACTIVE",
        csv);
    asset(
        "TR98 1AJ",
        3.0,
        "Cook and Eat Together",
        "Learn to cook simple, cheap meals for one.",
        "ACTIVE",
        csv);
    asset(
        "TR98 1AL", 12.0, "Far Fields Allotment Association", "Allotments to rent.", "ACTIVE", csv);
    asset("TR98 1AN", 0.3, "Old Mosque Lunch Club", "Friday lunches.", "CLOSED", csv);
    postcodes.load(new BufferedReader(new StringReader(csv.toString())));
  }

  @Test
  void eachThingThatMattersFromBothConversationsGetsItsOwnNearestBestFittingIdeas()
      throws Exception {
    UUID person = person("TR98 1AA");
    conversation(
        person,
        LocalDate.of(2025, 5, 20),
        Map.of(
            "whatMatters[0].words", "Going to the mosque on Fridays",
            "whatMatters[0].attribution", "person",
            "goodLife[0].words", "Cooking my own tea",
            "goodLife[0].attribution", "family",
            "goodLife[0].attributedName", "Tariq",
            "strengths[0].kind", "interests",
            "strengths[0].description", "Gardening",
            "strengths[0].identifiedBy", "person"));
    conversation(
        person,
        LocalDate.of(2025, 11, 3),
        Map.of(
            "whatMatters[0].words", "Going to the allotment on Saturdays with my brother",
            "whatMatters[0].attribution", "person",
            "strengths[0].kind", "interests",
            "strengths[0].description", "Gardening",
            "strengths[0].identifiedBy", "person"));

    String page = page("/people/" + person + "/ideas-for-connections");

    assertThat(
            text(page, "<div class=\"govuk-inset-text\" id=\"ideas-from-conversation\">", "</div>"))
        .contains(
            "Ideas for each thing that matters to them, from what was said in their last 2"
                + " conversations, the latest on 3 November 2025.");
    // Newest conversation first, and in each what matters, a good life, then strengths; the
    // strength "Gardening" said again in the older conversation is one theme. Within a theme a
    // match counts less the further away it is (half at 5 km): Saturday Growers fits two of the
    // words at 2 km, the allotment society one at 0.9 km, the garden one at 4 km. An asset already
    // suggested is not repeated: it is listed as also fitting (Saturday Growers grows food, a
    // synonym of cooking), and the theme goes on to the next best. Far Fields (12 km) is too far,
    // the Old Mosque Lunch Club is closed.
    assertThat(groups(page))
        .containsExactly(
            List.of(
                "“Going to the allotment on Saturdays with my brother”",
                "In the conversation on 3 November 2025: what matters to them, said by them",
                "Saturday Growers (2.0 km from their home)",
                "Moorside Allotment Society (0.9 km from their home)",
                "Greenbank Community Garden (4.0 km from their home)"),
            List.of(
                "“Gardening”",
                "In the conversation on 3 November 2025: one of their strengths, named by them",
                "Bramble Lane Garden Club (6.0 km from their home)",
                "also: Moorside Allotment Society",
                "also: Saturday Growers",
                "also: Greenbank Community Garden"),
            List.of(
                "“Going to the mosque on Fridays”",
                "In the conversation on 20 May 2025: what matters to them, said by them",
                "Al-Noor Mosque (1.5 km from their home)",
                "Friday Tea and Chat (0.5 km from their home)"),
            List.of(
                "“Cooking my own tea”",
                "In the conversation on 20 May 2025: what a good life looks like to them,"
                    + " said by Tariq, family",
                "Cook and Eat Together (3.0 km from their home)",
                "also: Friday Tea and Chat",
                "also: Al-Noor Mosque",
                "also: Saturday Growers"));
    assertThat(reasons(page, "Saturday Growers"))
        .containsExactly(
            "Matches ‘allotment’, ‘saturdays’ in “Going to the allotment on Saturdays with my"
                + " brother”: what matters to them, said by them, in the conversation on 3"
                + " November 2025",
            "Also matches ‘gardening’ in “Gardening”: one of their strengths, named by them, in"
                + " the conversation on 3 November 2025",
            "Also matches ‘cooking’ in “Cooking my own tea”: what a good life looks like to them,"
                + " said by Tariq, family, in the conversation on 20 May 2025");
    assertThat(reasons(page, "Friday Tea and Chat"))
        .containsExactly(
            "Matches ‘fridays’ in “Going to the mosque on Fridays”: what matters to them, said"
                + " by them, in the conversation on 20 May 2025",
            "Also matches ‘tea’ in “Cooking my own tea”: what a good life looks like to them,"
                + " said by Tariq, family, in the conversation on 20 May 2025");
    assertThat(page).doesNotContain("Far Fields", "Old Mosque Lunch Club");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = ? AND section = 'ideas'"
                        + " AND action = 'view'")
                .param(person)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void wordsTypedInsteadGiveOneListNearAndFittingFirst() throws Exception {
    UUID person = person("TR98 1AA");

    String page = page("/people/" + person + "/ideas-for-connections?interests=allotment");

    assertThat(groups(page))
        .containsExactly(
            List.of(
                "Ideas for the words typed",
                "Moorside Allotment Society (0.9 km from their home)",
                "Saturday Growers (2.0 km from their home)",
                "Greenbank Community Garden (4.0 km from their home)",
                "Bramble Lane Garden Club (6.0 km from their home)"));
    assertThat(reasons(page, "Moorside Allotment Society")).containsExactly("Matches 'allotment'");
  }

  // The page, read back as plain lists: per group its heading, caption, ideas and "also fit".

  private static final Pattern GROUP =
      Pattern.compile("<div class=\"govuk-!-margin-bottom-8\" id=\"(theme-\\d+|typed)\">");
  private static final Pattern PIECE =
      Pattern.compile(
          "<h2 class=\"govuk-heading-m\">([^<]*)</h2>"
              + "|<p class=\"govuk-body-s govuk-hint\">([^<]*)</p>"
              + "|<h3 class=\"govuk-summary-card__title\"><a[^>]*>([^<]*)</a></h3>"
              + "|<dd class=\"govuk-summary-list__value\">([^<]*from their home)</dd>"
              + "|<li><a class=\"govuk-link\" href=\"/community/assets/[^\"]*\">([^<]*)</a></li>");

  private static List<List<String>> groups(String page) {
    List<List<String>> groups = new ArrayList<>();
    String[] parts = GROUP.split(page);
    for (int i = 1; i < parts.length; i++) {
      List<String> group = new ArrayList<>();
      Matcher piece = PIECE.matcher(parts[i]);
      while (piece.find()) {
        if (piece.group(1) != null) {
          group.add(unescape(piece.group(1)));
        } else if (piece.group(2) != null) {
          group.add(unescape(piece.group(2)));
        } else if (piece.group(3) != null) {
          group.add(unescape(piece.group(3)));
        } else if (piece.group(4) != null) {
          int last = group.size() - 1;
          group.set(last, group.get(last) + " (" + unescape(piece.group(4)) + ")");
        } else {
          group.add("also: " + unescape(piece.group(5)));
        }
      }
      groups.add(group);
    }
    return groups;
  }

  private static List<String> reasons(String page, String asset) {
    String card = text(page, ">" + asset + "</a></h3>", "</dl>");
    List<String> reasons = new ArrayList<>();
    Matcher item = Pattern.compile("<li>([^<]*)</li>").matcher(card);
    while (item.find()) {
      reasons.add(unescape(item.group(1)));
    }
    return reasons;
  }

  private static String text(String page, String from, String to) {
    int start = page.indexOf(from);
    assertThat(start).as(from).isNotNegative();
    return page.substring(start, page.indexOf(to, start + from.length()));
  }

  private static String unescape(String html) {
    return HtmlUtils.htmlUnescape(html.strip().replaceAll("\\s+", " "));
  }

  private void asset(
      String postcode,
      double kmNorth,
      String name,
      String offers,
      String status,
      StringBuilder csv) {
    double latitude = HOME_LATITUDE + kmNorth / KM_PER_DEGREE;
    csv.append(postcode)
        .append(',')
        .append(latitude)
        .append(',')
        .append(HOME_LONGITUDE)
        .append('\n');
    OffsetDateTime now = TestClock.offsetNow();
    jdbc.sql(
            """
            INSERT INTO community_asset (id, kind, name, offers, postcode, latitude, longitude,
              how_to_connect, status, source, source_id, created_at, created_by, updated_at,
              updated_by)
            VALUES (?, 'ASSOCIATION', ?, ?, ?, ?, ?, 'TURN_UP', ?, 'whole-person-test', ?, ?,
              'test', ?, 'test')
            """)
        .params(
            UUID.randomUUID(),
            name,
            offers,
            postcode,
            latitude,
            HOME_LONGITUDE,
            status,
            "whole-person-test:" + postcode,
            now,
            now)
        .update();
  }

  private UUID person(String postcode) {
    return people
        .create(
            new NewPerson(
                "Yusuf",
                "Test" + UUID.randomUUID().toString().substring(0, 8),
                null,
                null,
                LocalDate.of(1950, 5, 17),
                null,
                null,
                null,
                null,
                postcode,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                false,
                practitioner.teamId(),
                practitioner.id()),
            practitioner)
        .personId()
        .orElseThrow();
  }

  private void conversation(UUID person, LocalDate heldOn, Map<String, String> said)
      throws Exception {
    MockHttpServletRequestBuilder request =
        post("/people/" + person + "/conversations/new")
            .param("heldOnDay", String.valueOf(heldOn.getDayOfMonth()))
            .param("heldOnMonth", String.valueOf(heldOn.getMonthValue()))
            .param("heldOnYear", String.valueOf(heldOn.getYear()))
            .param("stage", "listen-and-connect")
            .param("outcome", "NFA - Information & Advice / Signposting only");
    said.forEach(request::param);
    int status =
        mvc.perform(request.with(user(practitioner)).with(csrf()))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(302);
  }

  private String page(String path) throws Exception {
    var response = mvc.perform(get(path).with(user(practitioner))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
