package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders each fragment of templates/fragments/govuk.html as the application does (Spring's
 * Thymeleaf, the real message bundles) and checks the GOV.UK Frontend structure that screen readers
 * and the error summary rely on.
 */
class GovukFragmentsTest {

  private static final SpringTemplateEngine ENGINE = engine();

  /**
   * What the fragments ask of a page's errors (has, get, isEmpty, and a summary of items with an
   * anchor and a message), the contract every module's form errors meet: here a list of problems.
   */
  public static final class Problems {
    public record Problem(String field, String anchor, String message) {}

    private final List<Problem> problems = new ArrayList<>();

    Problems add(String field, String message) {
      return add(field, field, message);
    }

    Problems add(String field, String anchor, String message) {
      problems.add(new Problem(field, anchor, message));
      return this;
    }

    public boolean has(String field) {
      return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public String get(String field) {
      return problems.stream()
          .filter(p -> p.field().equals(field))
          .map(Problem::message)
          .findFirst()
          .orElse(null);
    }

    public boolean isEmpty() {
      return problems.isEmpty();
    }

    public List<Problem> summary() {
      return problems;
    }
  }

  @Test
  void theErrorSummaryListsEachProblemLinkingToItsField() {
    Problems errors =
        new Problems()
            .add("firstName", "Enter their first name")
            .add("dateOfBirth", "dateOfBirthDay", "Date of birth must be a real date");

    Document page = render("~{fragments/govuk :: errorSummary}", Map.of("errors", errors));

    Element summary = page.selectFirst("div.govuk-error-summary[data-module=govuk-error-summary]");
    assertThat(summary).isNotNull();
    assertThat(summary.selectFirst("[role=alert] h2.govuk-error-summary__title").text())
        .isEqualTo("There is a problem");
    Elements links = summary.select("ul.govuk-list.govuk-error-summary__list li a");
    assertThat(links.eachAttr("href")).containsExactly("#firstName", "#dateOfBirthDay");
    assertThat(links.eachText())
        .containsExactly("Enter their first name", "Date of birth must be a real date");
  }

  @Test
  void thereIsNoErrorSummaryWithoutProblems() {
    assertThat(
            render("~{fragments/govuk :: errorSummary}", Map.of("errors", new Problems()))
                .select(".govuk-error-summary"))
        .isEmpty();
    assertThat(
            render("~{fragments/govuk :: errorSummary}", Map.of()).select(".govuk-error-summary"))
        .isEmpty();
  }

  @Test
  void anInlineErrorSaysErrorToScreenReadersAndIsTiedToTheFieldWithItsHint() {
    Problems errors = new Problems().add("postcode", "Enter a real postcode");

    Document page =
        render(
            "~{fragments/govuk :: textInput('postcode', 'postcode', 'ZZ1', 'Postcode', 'For"
                + " example, LS1 4AP', 'govuk-input--width-10')}",
            Map.of("errors", errors));

    Element group = page.selectFirst("div.govuk-form-group");
    assertThat(group.hasClass("govuk-form-group--error")).isTrue();
    assertThat(group.selectFirst("label.govuk-label").attr("for")).isEqualTo("postcode");
    assertThat(group.selectFirst("div.govuk-hint").id()).isEqualTo("postcode-hint");
    Element error = group.selectFirst("p.govuk-error-message");
    assertThat(error.id()).isEqualTo("postcode-error");
    assertThat(error.selectFirst("span.govuk-visually-hidden").text()).isEqualTo("Error:");
    assertThat(error.text()).isEqualTo("Error: Enter a real postcode");
    Element input = group.selectFirst("input");
    assertThat(input.id()).isEqualTo("postcode");
    assertThat(input.attr("name")).isEqualTo("postcode");
    assertThat(input.attr("type")).isEqualTo("text");
    assertThat(input.val()).as("what was typed is kept").isEqualTo("ZZ1");
    assertThat(input.classNames())
        .contains("govuk-input", "govuk-input--width-10", "govuk-input--error");
    assertThat(input.attr("aria-describedby")).isEqualTo("postcode-hint postcode-error");
    assertThat(group.children().eachAttr("class"))
        .as("label, hint, error, then the input")
        .containsExactly(
            "govuk-label govuk-label--s",
            "govuk-hint",
            "govuk-error-message",
            "govuk-input govuk-input--width-10 govuk-input--error");
  }

  @Test
  void aFieldWithoutHintOrErrorIsDescribedByNothing() {
    Document page =
        render(
            "~{fragments/govuk :: textInput('quotes-0-saidBy', 'quotes[0].saidBy', null, 'Who"
                + " said it', null, '')}",
            Map.of("errors", new Problems()));

    Element input = page.selectFirst("input");
    assertThat(input.id()).isEqualTo("quotes-0-saidBy");
    assertThat(input.attr("name")).isEqualTo("quotes[0].saidBy");
    assertThat(input.hasAttr("aria-describedby")).isFalse();
    assertThat(page.select(".govuk-hint, .govuk-error-message")).isEmpty();
    assertThat(page.selectFirst(".govuk-form-group").hasClass("govuk-form-group--error")).isFalse();
  }

  @Test
  void aPageWithoutErrorsStillRendersItsFields() {
    Document page =
        render(
            "~{fragments/govuk :: textInput('venue', 'venue', 'Library', 'Venue', null, '')}",
            Map.of());

    assertThat(page.selectFirst("input#venue").val()).isEqualTo("Library");
  }

  @Test
  void aMoneyInputHasAPoundPrefixHiddenFromScreenReaders() {
    Document page =
        render(
            "~{fragments/govuk :: moneyInput('unitCost', 'unitCost', '12.50', 'Cost of each unit',"
                + " null)}",
            Map.of("errors", new Problems()));

    Element wrapper = page.selectFirst(".govuk-input__wrapper");
    assertThat(wrapper.selectFirst(".govuk-input__prefix[aria-hidden=true]").text()).isEqualTo("£");
    Element input = wrapper.selectFirst("input#unitCost");
    assertThat(input.attr("inputmode")).isEqualTo("decimal");
    assertThat(input.val()).isEqualTo("12.50");
  }

  @Test
  void aTextareaKeepsWhatWasTypedAndACharacterCountTellsTheLimit() {
    Problems errors =
        new Problems().add("whatMatters", "What matters must be 10,000 characters or fewer");

    Document page =
        render(
            "~{fragments/govuk :: characterCount('whatMatters', 'whatMatters', 'Line one', 'What"
                + " matters', 'In their words', 6, 10000)}",
            Map.of("errors", errors));

    Element group = page.selectFirst("div.govuk-form-group");
    assertThat(group.classNames()).contains("govuk-character-count", "govuk-form-group--error");
    assertThat(group.attr("data-module")).isEqualTo("govuk-character-count");
    assertThat(group.attr("data-maxlength")).isEqualTo("10000");
    Element textarea = group.selectFirst("textarea#whatMatters");
    assertThat(textarea.classNames())
        .contains("govuk-textarea", "govuk-js-character-count", "govuk-textarea--error");
    assertThat(textarea.attr("rows")).isEqualTo("6");
    assertThat(textarea.text()).isEqualTo("Line one");
    assertThat(textarea.attr("aria-describedby"))
        .isEqualTo("whatMatters-info whatMatters-hint whatMatters-error");
    assertThat(group.selectFirst("#whatMatters-info.govuk-character-count__message").text())
        .isEqualTo("You can enter up to 10,000 characters");
  }

  @Test
  void aPlainTextareaHasNoCountAndACoachedOneHasRoomForTheCoach() {
    Document plain =
        render(
            "~{fragments/govuk :: textBox('reason', 'reason', null, 'Reason', null, 3)}",
            Map.of("errors", new Problems()));
    assertThat(plain.selectFirst(".govuk-form-group").hasAttr("data-module")).isFalse();
    assertThat(plain.select(".govuk-character-count__message, .app-coach")).isEmpty();
    assertThat(plain.selectFirst("textarea").hasAttr("data-coach")).isFalse();

    Document coached =
        render(
            "~{fragments/govuk :: textareaField('analysis', 'analysis', null, 'Analysis',"
                + " 'Wellbeing', null, 5, null, true)}",
            Map.of("errors", new Problems()));
    assertThat(coached.selectFirst("textarea#analysis").attr("data-coach")).isEqualTo("true");
    assertThat(coached.selectFirst("#analysis-coach.app-coach").attr("aria-live"))
        .isEqualTo("polite");
    assertThat(coached.selectFirst("label").text()).isEqualTo("Analysis (Wellbeing)");
    assertThat(coached.selectFirst("label span.govuk-visually-hidden").text())
        .isEqualTo("(Wellbeing)");
  }

  @Test
  void aDateIsAGroupOfThreeBoxesUnderALegend() {
    Problems errors = new Problems().add("heldOn", "The date must be a real date");

    Document page =
        render(
            "~{fragments/govuk :: dateInput('heldOn', 'When was it?', 'For example, 27 3 2026',"
                + " '27', 'March', '2026')}",
            Map.of("errors", errors));

    Element fieldset = page.selectFirst("fieldset.govuk-fieldset[role=group]");
    assertThat(fieldset.attr("aria-describedby")).isEqualTo("heldOn-hint heldOn-error");
    assertThat(fieldset.selectFirst("legend.govuk-fieldset__legend").text())
        .isEqualTo("When was it?");
    assertThat(fieldset.selectFirst("#heldOn-hint.govuk-hint").text())
        .isEqualTo("For example, 27 3 2026");
    assertThat(fieldset.selectFirst("#heldOn-error").text())
        .isEqualTo("Error: The date must be a real date");
    Elements boxes = fieldset.select("div.govuk-date-input#heldOn input.govuk-date-input__input");
    assertThat(boxes.eachAttr("id")).containsExactly("heldOnDay", "heldOnMonth", "heldOnYear");
    assertThat(boxes.eachAttr("name")).containsExactly("heldOnDay", "heldOnMonth", "heldOnYear");
    assertThat(boxes.eachAttr("value")).containsExactly("27", "March", "2026");
    assertThat(boxes.eachAttr("inputmode")).containsOnly("numeric");
    assertThat(boxes.get(2).classNames()).contains("govuk-input--width-4", "govuk-input--error");
    assertThat(fieldset.select("label.govuk-date-input__label").eachText())
        .containsExactly("Day", "Month", "Year");
    assertThat(fieldset.select("label.govuk-date-input__label").eachAttr("for"))
        .containsExactly("heldOnDay", "heldOnMonth", "heldOnYear");
  }

  @Test
  void aDateCanSendPlainDayMonthAndYear() {
    Document page =
        render(
            "~{fragments/govuk :: dateInputNamed('date', '', 'Date', 'For example, 27 3 2026',"
                + " null, null, null)}",
            Map.of("errors", new Problems()));

    Elements boxes = page.select("input");
    assertThat(boxes.eachAttr("id")).containsExactly("dateDay", "dateMonth", "dateYear");
    assertThat(boxes.eachAttr("name")).containsExactly("day", "month", "year");
    assertThat(page.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("date-hint");
  }

  @Test
  void radiosSitInAFieldsetAndTheFirstCarriesTheFieldsId() {
    Problems errors = new Problems().add("kind", "Choose what kind of relationship this is");

    Document page =
        render(
            "~{fragments/govuk :: radios('kind', 'Kind', 'Who they are to the person', ${codes},"
                + " 'network.kind.option.', 'FRIEND', false)}",
            Map.of("errors", errors, "codes", List.of("FAMILY", "FRIEND")));

    Element fieldset = page.selectFirst("fieldset.govuk-fieldset");
    assertThat(fieldset.attr("aria-describedby")).isEqualTo("kind-hint kind-error");
    assertThat(fieldset.selectFirst("legend").text()).isEqualTo("Kind");
    Elements radios = fieldset.select(".govuk-radios[data-module=govuk-radios] input[type=radio]");
    assertThat(radios.eachAttr("id")).containsExactly("kind", "kind-FRIEND");
    assertThat(radios.eachAttr("name")).containsOnly("kind");
    assertThat(radios.eachAttr("value")).containsExactly("FAMILY", "FRIEND");
    assertThat(radios.get(1).hasAttr("checked")).isTrue();
    assertThat(radios.get(0).hasAttr("checked")).isFalse();
    assertThat(fieldset.select("label.govuk-radios__label").eachAttr("for"))
        .containsExactly("kind", "kind-FRIEND");
    assertThat(fieldset.selectFirst(".govuk-radios").hasClass("govuk-radios--inline")).isFalse();
  }

  @Test
  void yesNoIsTwoInlineRadiosSendingYesOrNo() {
    Document page =
        render(
            "~{fragments/govuk :: yesNo('interpreterNeeded', 'Do they need an interpreter?', null,"
                + " 'no')}",
            Map.of("errors", new Problems()));

    assertThat(page.selectFirst(".govuk-radios").hasClass("govuk-radios--inline")).isTrue();
    Elements radios = page.select("input[type=radio]");
    assertThat(radios.eachAttr("id")).containsExactly("interpreterNeeded", "interpreterNeeded-no");
    assertThat(radios.eachAttr("value")).containsExactly("yes", "no");
    assertThat(page.select("label.govuk-radios__label").eachText()).containsExactly("Yes", "No");
    assertThat(page.selectFirst("#interpreterNeeded-no").hasAttr("checked")).isTrue();
    assertThat(page.selectFirst("fieldset").hasAttr("aria-describedby")).isFalse();
  }

  @Test
  void checkboxesTickEachChosenValue() {
    Document page =
        render(
            "~{fragments/govuk :: checkboxes('days', 'Which days?', null, ${codes}, 'govuk.', ${chosen})}",
            Map.of(
                "errors", new Problems(), "codes", List.of("yes", "no"), "chosen", Set.of("no")));

    Elements boxes =
        page.select(".govuk-checkboxes[data-module=govuk-checkboxes] input[type=checkbox]");
    assertThat(boxes.eachAttr("id")).containsExactly("days", "days-no");
    assertThat(boxes.eachAttr("name")).containsOnly("days");
    assertThat(boxes.get(1).hasAttr("checked")).isTrue();
    assertThat(boxes.get(0).hasAttr("checked")).isFalse();
    assertThat(page.selectFirst("fieldset legend").text()).isEqualTo("Which days?");
  }

  @Test
  void aSelectChoosesTheCurrentValue() {
    Document page =
        render(
            "~{fragments/govuk :: selectField('who', 'actions[0].who', 'no', 'Who', null, ${codes}, 'govuk.')}",
            Map.of(
                "errors", new Problems().add("who", "Choose who"), "codes", List.of("yes", "no")));

    Element select = page.selectFirst("select#who.govuk-select.govuk-select--error");
    assertThat(select.attr("name")).isEqualTo("actions[0].who");
    assertThat(select.attr("aria-describedby")).isEqualTo("who-error");
    assertThat(select.select("option").eachText()).containsExactly("Yes", "No");
    assertThat(select.selectFirst("option[selected]").val()).isEqualTo("no");
  }

  @Test
  void aSummaryRowSaysNotRecordedForABlankValue() {
    Document page =
        renderMarkup(
            "<dl class=\"govuk-summary-list\"><div th:replace=\"~{fragments/govuk :: summaryRow('Phone', '')}\"></div>"
                + "<div th:replace=\"~{fragments/govuk :: summaryRow('Email', 'a@example.org')}\"></div></dl>",
            Map.of());

    Elements rows = page.select("dl.govuk-summary-list > div.govuk-summary-list__row");
    assertThat(rows.select("dt.govuk-summary-list__key").eachText())
        .containsExactly("Phone", "Email");
    assertThat(rows.select("dd.govuk-summary-list__value").eachText())
        .containsExactly("Not recorded", "a@example.org");
  }

  @Test
  void aTableHasACaptionColumnHeadingsAndRowHeadings() {
    Document page =
        render(
            "~{fragments/govuk :: tableWithCaption('progress', 'Progress', 'govuk-table__caption--s', ${heads},"
                + " ${rows}, true)}",
            Map.of(
                "heads",
                List.of("When", "Value"),
                "rows",
                List.of(List.of("1 March 2026", "3"), List.of("1 April 2026", "<b>4</b>"))));

    Element table = page.selectFirst(".app-table-wrapper table.govuk-table#progress");
    assertThat(table.selectFirst("caption.govuk-table__caption.govuk-table__caption--s").text())
        .isEqualTo("Progress");
    assertThat(table.select("thead th[scope=col].govuk-table__header").eachText())
        .containsExactly("When", "Value");
    assertThat(table.select("tbody th[scope=row]").eachText())
        .containsExactly("1 March 2026", "1 April 2026");
    assertThat(table.select("tbody td.govuk-table__cell").eachText())
        .containsExactly("3", "<b>4</b>");
  }

  @Test
  void theSavedBannerIsASuccessNotificationSaidAloud() {
    Document page =
        render("~{fragments/govuk :: savedBanner}", Map.of("savedMessage", "error.summary.title"));

    Element banner =
        page.selectFirst(".govuk-notification-banner.govuk-notification-banner--success");
    assertThat(banner.attr("role")).isEqualTo("alert");
    assertThat(banner.attr("aria-labelledby")).isEqualTo("saved-title");
    assertThat(banner.selectFirst("#saved-title").text()).isEqualTo("Success");
    assertThat(banner.selectFirst("#saved-message").text()).isEqualTo("There is a problem");
    assertThat(
            render("~{fragments/govuk :: savedBanner}", Map.of())
                .select(".govuk-notification-banner"))
        .isEmpty();
  }

  @Test
  void linesKeepEachLineOfTypedTextEscaped() {
    Document page =
        renderMarkup(
            "<p th:insert=\"~{fragments/govuk :: lines(${text})}\"></p>",
            Map.of("text", "One\n<b>Two</b>"));

    assertThat(page.selectFirst("p").select("br")).hasSize(1);
    assertThat(page.selectFirst("p").select("b")).isEmpty();
    assertThat(page.selectFirst("p").text()).isEqualTo("One <b>Two</b>");
  }

  private static Document render(String fragment, Map<String, Object> variables) {
    return renderMarkup("<div th:replace=\"" + fragment + "\"></div>", variables);
  }

  private static Document renderMarkup(String markup, Map<String, Object> variables) {
    Context context = new Context(Locale.UK, variables);
    return Jsoup.parseBodyFragment(ENGINE.process(markup, context));
  }

  private static SpringTemplateEngine engine() {
    ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
    files.setPrefix("templates/");
    files.setSuffix(".html");
    files.setTemplateMode(TemplateMode.HTML);
    files.setCharacterEncoding("UTF-8");
    files.setCheckExistence(true);
    files.setOrder(1);
    StringTemplateResolver markup = new StringTemplateResolver();
    markup.setTemplateMode(TemplateMode.HTML);
    markup.setOrder(2);
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages/platform", "messages/network");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolvers(Set.of(files, markup));
    engine.setTemplateEngineMessageSource(messages);
    return engine;
  }
}
