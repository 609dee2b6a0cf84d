package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.strengths.testing.TestClock;

class PlanBrowserTest extends JourneyTest {

  private static final String QUOTE = "Getting back to the bowling club on Thursdays";
  private static final String STRENGTH = "Has bowled for the county for thirty years";

  @Test
  void aPlanIsBuiltFromTheConversationsOwnWordsAndStrengths() {
    UUID id = personAllocatedTo("practitioner", "Ronald", uniqueName());
    browser.signIn("practitioner", PASSWORD);
    recordConversation(id);
    startPlan(id);

    browser.visit("/people/" + id + "/plan/outcomes");
    assertThat(browser.textOf("from-conversation"))
        .contains("From the conversation on", QUOTE, "Seeing my grandson every weekend", STRENGTH);
    browser.fitsOnANarrowScreen();

    browser.follow("use-matters-1");
    assertThat(browser.valueOf("words")).isEqualTo(QUOTE);
    browser.tick("strengthId-1").tick("area-PARTICIPATION").follow("save-outcome");

    assertThat(browser.text()).contains(QUOTE);
    assertThat(browser.textOf("builds-on-1")).contains(STRENGTH);

    browser.visit("/people/" + id + "/plan/my-plan");
    assertThat(browser.textOf("my-outcomes")).contains(QUOTE);
    assertThat(browser.textOf("my-strengths")).contains(STRENGTH);
  }

  @Test
  void supportComesFromTheNetworkTheCommunityAndACommissionedService() {
    UUID id = personAllocatedTo("practitioner", "Doreen", uniqueName());
    browser.signIn("practitioner", PASSWORD);
    browser
        .visit("/people/" + id + "/network/new")
        .type("label", "Ellen")
        .pick("kind", "FAMILY")
        .pick("strength", "STRONG")
        .pick("stressful", "no")
        .pick("direction", "BOTH_WAYS")
        .pick("givesCare", "no")
        .press("Save relationship");
    startPlan(id);
    addOutcome(id, "Get to the shops on my own");

    browser.visit("/people/" + id + "/plan/support/new/network");
    assertThat(browser.textOf("relationships")).contains("Ellen");
    browser.follow("add-member-1");
    assertThat(browser.valueOf("givenBy")).isEqualTo("Ellen");
    assertThat(browser.textOf("chosen-member")).contains("Ellen");
    browser
        .type("help", "Takes her to the shops on Saturdays")
        .tick("outcomeIds-first")
        .pick("willing", "yes")
        .pick("able", "yes")
        .type("impact", "Fits around her work")
        .pick("personAgrees", "yes")
        .follow("save-support");
    assertThat(browser.textOf("support-lines")).contains("Ellen", "Takes her to the shops");
    browser.fitsOnANarrowScreen();

    browser.visit("/people/" + id + "/plan/support/new/community");
    browser.type("assetSearch", "Walking Group").follow("search-assets");
    browser.fitsOnANarrowScreen();
    String asset = browser.driver().findElement(By.cssSelector("#asset-results dt a")).getText();
    browser.follow("choose-asset-1");
    assertThat(browser.textOf("chosen-asset")).contains(asset);
    browser
        .type("help", "A walk with others every Tuesday")
        .tick("outcomeIds-first")
        .follow("save-support");
    assertThat(browser.textOf("support-lines")).contains(asset, "A walk with others");
    assertThat(browser.driver().findElement(By.cssSelector("a[id^='asset-']")).getAttribute("href"))
        .contains("/community/assets/");

    addCommissioned(id, "23.17", "10.5");
    assertThat(browser.textOf("support-lines")).contains("Caring Hands Ltd", "£243.29");
  }

  @Test
  void aBudgetBelowTheIndicativeAmountNeedsAManagersSignOff() {
    UUID id = personAllocatedTo("practitioner", "Albert", uniqueName());
    browser.signIn("practitioner", PASSWORD);
    startPlan(id);
    addOutcome(id, "Stay living at home");
    addCommissioned(id, "20.00", "5");

    browser
        .visit("/people/" + id + "/plan/budget")
        .type("indicative", "300.00")
        .type("contribution", "0")
        .tick("managementOption-COUNCIL_MANAGED")
        .follow("save-budget");
    browser.visit("/people/" + id + "/plan/budget");
    assertThat(browser.textOf("below-indicative")).isNotBlank();

    browser.signOut().signIn("manager", PASSWORD).visit("/people/" + id + "/plan/budget");
    browser.follow("sign-off");
    browser
        .type("reason", "Ellen and the walking group meet the rest of his needs")
        .follow("confirm-sign-off");
    browser.visit("/people/" + id + "/plan/budget");
    assertThat(browser.textOf("signed-off")).isNotBlank();
    browser.fitsOnANarrowScreen();
  }

  @Test
  void aReviewRatesEachOutcomeAndTheProgressChartShowsIt() {
    UUID id = personAllocatedTo("practitioner", "Sylvia", uniqueName());
    browser.signIn("practitioner", PASSWORD);
    agreedPlan(id, "Get back to the bowling club on Thursdays");

    browser.visit("/people/" + id + "/plan").follow("record-review");
    LocalDate today = TestClock.today();
    browser
        .type("working", "The lift on Thursdays")
        .type("notWorking", "Mornings are still slow")
        .tick("rating-1-ACHIEVED")
        .type("words-1", "I went every week")
        .type("heldDay", String.valueOf(today.getDayOfMonth()))
        .type("heldMonth", String.valueOf(today.getMonthValue()))
        .type("heldYear", String.valueOf(today.getYear()))
        .tick("reason-PLANNED")
        .tick("method-PERSON_ONLY")
        .pick("packageChanged", "no")
        .follow("record-review-button");

    browser.visit("/people/" + id + "/plan/progress");
    assertThat(browser.all(By.cssSelector("main svg"))).isNotEmpty();
    assertThat(browser.all(By.cssSelector("main table th[scope]"))).isNotEmpty();
    assertThat(browser.text()).contains("Get back to the bowling club on Thursdays");
    browser.fitsOnANarrowScreen();
  }

  @Test
  void myPlanDownloadsAsAPdfInPlainWords() throws Exception {
    UUID id = personAllocatedTo("practitioner", "Frank", uniqueName());
    browser.signIn("practitioner", PASSWORD);
    agreedPlan(id, "Cook a Sunday dinner for my family");

    browser.visit("/people/" + id + "/plan").follow("my-plan");
    browser.fitsOnANarrowScreen();
    String href = browser.driver().findElement(By.id("download-pdf")).getAttribute("href");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(href))
            .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID").getValue())
            .build();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
    try (var pdf = Loader.loadPDF(response.body())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("My plan", "What matters to me", "Cook a Sunday dinner for my family");
    }
  }

  private void recordConversation(UUID id) {
    LocalDate yesterday = TestClock.today().minusDays(1);
    browser.visit("/people/" + id).press("Record a conversation");
    browser
        .type("heldOnDay", String.valueOf(yesterday.getDayOfMonth()))
        .type("heldOnMonth", String.valueOf(yesterday.getMonthValue()))
        .type("heldOnYear", String.valueOf(yesterday.getYear()))
        .tick("stage-0")
        .tick("channel-1")
        .type("venue", "His kitchen")
        .type("whoWasThere", "Ellen, his daughter")
        .type("whatMatters-0-words", QUOTE)
        .choose("whatMatters-0-attribution", "person")
        .type("goodLife-0-words", "Seeing my grandson every weekend")
        .choose("goodLife-0-attribution", "person")
        .choose("strengths-0-kind", "interests")
        .type("strengths-0-description", STRENGTH)
        .choose("strengths-0-identifiedBy", "person")
        .choose("outcome", "Progress to Assessment")
        .press("Save conversation");
    assertThat(browser.text()).contains("Conversation saved");
  }

  private void startPlan(UUID id) {
    browser.visit("/people/" + id + "/plan").follow("start-plan");
  }

  private void addOutcome(UUID id, String words) {
    browser
        .visit("/people/" + id + "/plan/outcomes/new")
        .type("words", words)
        .tick("area-PARTICIPATION")
        .follow("save-outcome");
    assertThat(browser.text()).contains(words);
  }

  private void addCommissioned(UUID id, String unitCost, String units) {
    browser
        .visit("/people/" + id + "/plan/support/new/commissioned")
        .type("givenBy", "Caring Hands Ltd")
        .type("help", "Help to wash and dress each morning")
        .tick("outcomeIds-first")
        .choose("serviceType", "Long Term Support: Community")
        .choose("serviceComponent", "Home care")
        .choose("deliveryMechanism", "CASSR Commissioned Support")
        .type("unitCost", unitCost)
        .choose("costFrequency", "Hourly")
        .type("units", units)
        .type("startDay", "1")
        .type("startMonth", "4")
        .type("startYear", "2025")
        .follow("save-support");
    assertThat(browser.textOf("support-lines")).contains("Caring Hands Ltd");
  }

  /** A plan with one outcome, every part written and agreed, through the pages. */
  private void agreedPlan(UUID id, String outcome) {
    startPlan(id);
    addOutcome(id, outcome);
    browser
        .visit("/people/" + id + "/plan/support/new/person")
        .type("help", "Practises at home")
        .tick("outcomeIds-first")
        .follow("save-support");
    for (String slug :
        new String[] {
          "needs", "eligibility", "how-needs-are-met", "advice", "involved", "contingency"
        }) {
      browser.visit("/people/" + id + "/plan/" + slug).type("text", "Written for " + slug);
      browser.follow("save");
    }
    browser.visit("/people/" + id + "/plan/agreement").pick("agrees", "yes").follow("save");
    LocalDate soon = TestClock.today().plusWeeks(10);
    browser
        .visit("/people/" + id + "/plan/next-review")
        .type("dateDay", String.valueOf(soon.getDayOfMonth()))
        .type("dateMonth", String.valueOf(soon.getMonthValue()))
        .type("dateYear", String.valueOf(soon.getYear()))
        .follow("save");
    browser
        .visit("/people/" + id + "/plan/budget")
        .type("contribution", "0")
        .tick("managementOption-COUNCIL_MANAGED")
        .follow("save-budget");
    browser.visit("/people/" + id + "/plan").follow("agree");
    assertThat(browser.driver().findElements(By.id("record-review"))).isNotEmpty();
  }
}
