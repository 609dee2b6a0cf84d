package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CommunityPagesTest {

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  StaffMember staff(String username) {
    return (StaffMember) accounts.loadUserByUsername(username);
  }

  MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request.with(user(staff(username))).with(csrf())).andReturn().getResponse();
  }

  String page(String username, String path) throws Exception {
    MockHttpServletResponse response = as(username, get(path));
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString();
  }

  @Test
  void aSearchWithASynonymAndADistanceFindsDemoAssetsNearestFirst() throws Exception {
    MockHttpServletResponse response =
        as(
            "practitioner",
            get("/community")
                .param("q", "rambling")
                .param("postcode", "LS7 1AB")
                .param("distance", "10"));
    String html = response.getContentAsString();

    assertThat(html).contains("id=\"community-results\"", "Walking Group", "km away");
  }

  @Test
  void resultsComeTwentyToAPageWithTheSearchKeptInTheLinks() throws Exception {
    String first = searchPage(null);
    String second = searchPage("2");

    String kept = "/community?postcode=LS7+1AB&amp;distance=10&amp;kind=ASSOCIATION&amp;page=";
    assertThat(first).contains("href=\"" + kept + "2\"").doesNotContain("rel=\"prev\"");
    assertThat(second).contains("href=\"" + kept + "1\"", "rel=\"prev\"");
    assertThat(searchPage("first")).contains("href=\"" + kept + "2\"");
    assertThat(searchPage("999")).contains("rel=\"prev\"").doesNotContain("page 998 of");
  }

  private String searchPage(String page) throws Exception {
    MockHttpServletResponse response =
        as(
            "practitioner",
            get("/community")
                .param("postcode", "LS7 1AB")
                .param("distance", "10")
                .param("kind", "ASSOCIATION")
                .param("page", page == null ? new String[0] : new String[] {page}));
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }

  @Test
  void anUnknownPostcodeIsAnErrorOnThePageNotA500() throws Exception {
    String html =
        as(
                "practitioner",
                get("/community")
                    .param("q", "<script>")
                    .param("postcode", "ZZ1 9ZZ")
                    .param("age", "old"))
            .getContentAsString();

    assertThat(html)
        .contains("govuk-error-summary", "We do not know this postcode", "Enter an age in years")
        .doesNotContain("<script>");
  }

  @Test
  void addsAnAssetAndShowsItWithWhoAddedItAsVerifier() throws Exception {
    MockHttpServletResponse added =
        as(
            "practitioner",
            post("/community/assets/new")
                .param("kind", "ASSOCIATION")
                .param("name", "Potters' wheel club")
                .param("offers", "Pottery for beginners")
                .param("minimumAge", "16.5")
                .param("days", "TU")
                .param("opensAt", "10:00")
                .param("closesAt", "12:00")
                .param("postcode", "LS7 1AB")
                .param("cost", "FREE")
                .param("howToConnect", "TURN_UP")
                .param("status", "ACTIVE")
                .param("access", "step-free"));

    assertThat(added.getStatus()).isEqualTo(302);
    String html = page("practitioner", added.getRedirectedUrl());
    assertThat(html)
        .contains(
            "Potters&#39; wheel club",
            "Pottery for beginners",
            "16.5",
            "Tuesday 10:00",
            "Step-free access",
            "id=\"last-verified\"");
    assertThat(page("analyst", added.getRedirectedUrl())).doesNotContain("id=\"edit-asset\"");
  }

  @Test
  void showsEveryProblemWithATypedAssetAndKeepsWhatWasTyped() throws Exception {
    MockHttpServletResponse response =
        as(
            "practitioner",
            post("/community/assets/new")
                .param("kind", "GIFT")
                .param("name", "")
                .param("offers", "Teaches <b>guitar</b>")
                .param("minimumAge", "70")
                .param("maximumAge", "12")
                .param("email", "nope")
                .param("opensAt", "25:00")
                .param("cost", "FREE")
                .param("howToConnect", "TURN_UP")
                .param("status", "ACTIVE"));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString())
        .contains("Enter a name", "The oldest age must not be less", "Enter an email address")
        .contains("Enter a time such as 14:00", "only be recorded with their agreement")
        .contains("Teaches &lt;b&gt;guitar&lt;/b&gt;");
  }

  @Test
  void aStaleEditShowsBothVersionsAndKeepsTheTypedText() throws Exception {
    UUID id = createdAsset("Conflict club");
    jdbc.sql(
            "UPDATE community_asset SET name = 'Renamed by someone', version = version + 1 WHERE id = ?")
        .param(id)
        .update();

    MockHttpServletResponse response =
        as(
            "manager",
            post("/community/assets/" + id + "/edit")
                .param("version", "0")
                .param("kind", "ASSOCIATION")
                .param("name", "My new name")
                .param("cost", "FREE")
                .param("howToConnect", "TURN_UP")
                .param("status", "ACTIVE"));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString())
        .contains("id=\"conflict\"", "Renamed by someone", "My new name");
  }

  @Test
  void markingVerifiedRecordsTodayAndWhoAndIsAudited() throws Exception {
    UUID id = createdAsset("Verify club");
    jdbc.sql("UPDATE community_asset SET last_verified_on = DATE '2020-01-01' WHERE id = ?")
        .param(id)
        .update();
    assertThat(page("manager", "/community/needs-checking")).contains("Verify club");

    MockHttpServletResponse response =
        as("manager", post("/community/assets/" + id + "/verify").param("version", "0"));

    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(page("manager", "/community/assets/" + id))
        .doesNotContain("id=\"needs-checking-warning\"");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE section = 'community-asset' AND action = 'verify' AND detail = ?")
                .param("asset " + id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void analystsCannotEditAndNeverSeeGifts() throws Exception {
    UUID gift = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO community_asset (id, kind, name, gift_consent_on, gift_consent_by, created_at,
              created_by, updated_at, updated_by) VALUES (?, 'GIFT', 'Gift of baking', current_date,
              'practitioner', now(), 't', now(), 't')
            """)
        .param(gift)
        .update();

    assertThat(as("analyst", get("/community/assets/new")).getStatus()).isEqualTo(403);
    assertThat(as("analyst", get("/community/assets/" + gift)).getStatus()).isEqualTo(404);
    assertThat(page("analyst", "/community?q=baking")).doesNotContain("Gift of baking");
    assertThat(page("practitioner", "/community/assets/" + gift))
        .contains("Gift of baking", "id=\"gift-consent\"");
  }

  @Test
  void ideasForConnectionsGiveReasonsAndAreAudited() throws Exception {
    UUID person =
        jdbc.sql("SELECT id FROM person WHERE worker_id = ? LIMIT 1")
            .param(staff("practitioner").id())
            .query(UUID.class)
            .single();

    String html =
        page(
            "practitioner",
            "/people/" + person + "/ideas-for-connections?interests=gardening%20and%20company");

    assertThat(html).contains("id=\"ideas-list\"", "Matches");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = ? AND section = 'ideas' AND action = 'view'")
                .param(person)
                .query(Integer.class)
                .single())
        .isPositive();
    assertThat(as("analyst", get("/people/" + person + "/ideas-for-connections")).getStatus())
        .isEqualTo(403);
  }

  @Test
  void aRecordedGapIsCountedByAreaForCommissioners() throws Exception {
    MockHttpServletResponse refused =
        as("practitioner", post("/community/gaps/new").param("need", "").param("area", "nowhere"));
    assertThat(refused.getContentAsString())
        .contains("Enter what was needed", "Enter a postcode district");

    as(
        "practitioner",
        post("/community/gaps/new")
            .param("need", "Evening carers' group")
            .param("area", "LS7 3AB")
            .param("kind", "SERVICE"));

    assertThat(page("analyst", "/community/gaps")).contains("LS7", "Evening carers&#39; group");
    assertThat(as("practitioner", get("/community/gaps")).getStatus()).isEqualTo(403);
  }

  @Test
  void anAdministratorAddsASynonymThatSearchThenUses() throws Exception {
    UUID id = createdAsset("Quoits league");
    as("admin", post("/admin/community-synonyms").param("words", "zqquoits, zqringtoss"));
    jdbc.sql("UPDATE community_asset SET offers = 'zqquoits every week' WHERE id = ?")
        .param(id)
        .update();

    assertThat(page("admin", "/admin/community-synonyms")).contains("zqquoits, zqringtoss");
    assertThat(page("practitioner", "/community?q=zqringtoss")).contains("Quoits league");
    assertThat(
            as("admin", post("/admin/community-synonyms").param("words", "alone"))
                .getContentAsString())
        .contains("Enter at least two words");
    assertThat(as("practitioner", get("/admin/community-synonyms")).getStatus()).isEqualTo(403);
  }

  @Test
  void anAdministratorUploadsAFeedAndSeesEachRefusal() throws Exception {
    MockMultipartFile file =
        new MockMultipartFile(
            "file",
            "feed.json",
            "application/json",
            ("[{\"id\": \""
                    + UUID.randomUUID()
                    + "\", \"name\": \"Uploaded\", \"status\": \"active\"},"
                    + " {\"id\": \"x\", \"status\": \"active\"}]")
                .getBytes());

    String html =
        mvc.perform(
                multipart("/admin/community-import")
                    .file(file)
                    .with(user(staff("admin")))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).contains("1 created", "1 refused", "Record 2 (id x): name is missing");
    assertThat(page("admin", "/admin/community-import")).contains("id=\"import-form\"");
  }

  UUID createdAsset(String name) throws Exception {
    MockHttpServletResponse added =
        as(
            "practitioner",
            post("/community/assets/new")
                .param("kind", "ASSOCIATION")
                .param("name", name)
                .param("cost", "FREE")
                .param("howToConnect", "TURN_UP")
                .param("status", "ACTIVE"));
    return UUID.fromString(added.getRedirectedUrl().substring("/community/assets/".length()));
  }
}
