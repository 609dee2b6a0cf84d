package org.strengths.carer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strengths.platform.statute.WellbeingArea;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormVersions;
import org.strengths.platform.web.Ids;

/**
 * The carer's conversation form exactly as typed: every field is text so nothing typed is lost or
 * turns into a binding error. Quotes and wellbeing areas bind as {@code quotes[0].quote} and {@code
 * wellbeing[dignity]} (the area's {@link WellbeingArea#camelName()}).
 */
class CarerAssessmentForm {

  /** Blank quote rows offered below the ones already typed. */
  static final int SPARE_QUOTES = 2;

  private String version = "0";
  private String linkId;
  private String conversationDateDay;
  private String conversationDateMonth;
  private String conversationDateYear;
  private String whatMatters;
  private List<QuoteRow> quotes = new ArrayList<>();
  private String ableNow;
  private String willingNow;
  private String ableFuture;
  private String willingFuture;
  private String ableWillingNotes;
  private Map<String, String> wellbeing = new LinkedHashMap<>();
  private String carerOutcomes;
  private String activitiesNow;
  private String activitiesWished;
  private String networkSupport;
  private String peopleInvolved;
  private String practitionerSummary;
  private String fluctuation;
  private String recordGivenDay;
  private String recordGivenMonth;
  private String recordGivenYear;
  private String recordGivenFormat;

  /** One quote row. Public so that the data binder can grow the list. */
  public static class QuoteRow {
    private String quote;
    private String saidBy;

    public QuoteRow() {}

    QuoteRow(String quote, String saidBy) {
      this.quote = quote;
      this.saidBy = saidBy;
    }

    public String getQuote() {
      return quote;
    }

    public void setQuote(String quote) {
      this.quote = quote;
    }

    public String getSaidBy() {
      return saidBy;
    }

    public void setSaidBy(String saidBy) {
      this.saidBy = saidBy;
    }
  }

  static CarerAssessmentForm blank(String linkId, LocalDate today) {
    CarerAssessmentForm form = new CarerAssessmentForm();
    form.linkId = linkId;
    form.conversationDateDay = String.valueOf(today.getDayOfMonth());
    form.conversationDateMonth = String.valueOf(today.getMonthValue());
    form.conversationDateYear = String.valueOf(today.getYear());
    return form.withSpareQuotes();
  }

  static CarerAssessmentForm of(CarerAssessment saved) {
    CarerConversation c = saved.conversation();
    CarerAssessmentForm form = new CarerAssessmentForm();
    form.version = String.valueOf(saved.version());
    form.linkId = c.linkId() == null ? null : c.linkId().toString();
    LocalDate date = c.conversationDate();
    form.conversationDateDay = String.valueOf(date.getDayOfMonth());
    form.conversationDateMonth = String.valueOf(date.getMonthValue());
    form.conversationDateYear = String.valueOf(date.getYear());
    form.whatMatters = c.whatMatters();
    c.quotes().forEach(q -> form.quotes.add(new QuoteRow(q.quote(), q.saidBy())));
    form.ableNow = c.ableNow();
    form.willingNow = c.willingNow();
    form.ableFuture = c.ableFuture();
    form.willingFuture = c.willingFuture();
    form.ableWillingNotes = c.ableWillingNotes();
    c.wellbeing().forEach((area, impact) -> form.wellbeing.put(area.camelName(), impact));
    form.carerOutcomes = c.carerOutcomes();
    form.activitiesNow = c.activitiesNow();
    form.activitiesWished = c.activitiesWished();
    form.networkSupport = c.networkSupport();
    form.peopleInvolved = c.peopleInvolved();
    form.practitionerSummary = c.practitionerSummary();
    form.fluctuation = c.fluctuation();
    if (c.recordGivenDate() != null) {
      form.recordGivenDay = String.valueOf(c.recordGivenDate().getDayOfMonth());
      form.recordGivenMonth = String.valueOf(c.recordGivenDate().getMonthValue());
      form.recordGivenYear = String.valueOf(c.recordGivenDate().getYear());
    }
    form.recordGivenFormat = c.recordGivenFormat();
    return form.withSpareQuotes();
  }

  /** Drops blank quote rows, then adds the spare blank rows again, for showing the form. */
  CarerAssessmentForm withSpareQuotes() {
    List<QuoteRow> typed = new ArrayList<>();
    for (QuoteRow row : quotes) {
      if (row != null && (hasText(row.quote) || hasText(row.saidBy))) {
        typed.add(row);
      }
    }
    for (int i = 0; i < SPARE_QUOTES; i++) {
      typed.add(new QuoteRow());
    }
    quotes = typed;
    return this;
  }

  DateInput.Result conversationDate() {
    return DateInput.read(conversationDateDay, conversationDateMonth, conversationDateYear);
  }

  DateInput.Result recordGiven() {
    return DateInput.read(recordGivenDay, recordGivenMonth, recordGivenYear);
  }

  /** What was typed, with quotes numbered as they will be after blank rows are dropped. */
  CarerConversation toConversation() {
    List<CarerConversation.Quote> typed = new ArrayList<>();
    for (QuoteRow row : quotes) {
      if (row != null && (hasText(row.quote) || hasText(row.saidBy))) {
        typed.add(new CarerConversation.Quote(row.quote, row.saidBy));
      }
    }
    Map<WellbeingArea, String> impacts = new EnumMap<>(WellbeingArea.class);
    for (WellbeingArea area : WellbeingArea.values()) {
      String impact = wellbeing.get(area.camelName());
      if (impact != null) {
        impacts.put(area, impact);
      }
    }
    return new CarerConversation(
        Ids.orNull(linkId),
        conversationDate().date(),
        whatMatters,
        typed,
        ableNow,
        willingNow,
        ableFuture,
        willingFuture,
        ableWillingNotes,
        impacts,
        carerOutcomes,
        activitiesNow,
        activitiesWished,
        networkSupport,
        peopleInvolved,
        practitionerSummary,
        fluctuation,
        recordGiven().date(),
        recordGivenFormat);
  }

  /** The version the form was read at; an unreadable one never matches a saved version. */
  int versionSeen() {
    return FormVersions.seen(version);
  }

  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getLinkId() {
    return linkId;
  }

  public void setLinkId(String linkId) {
    this.linkId = linkId;
  }

  public String getConversationDateDay() {
    return conversationDateDay;
  }

  public void setConversationDateDay(String value) {
    this.conversationDateDay = value;
  }

  public String getConversationDateMonth() {
    return conversationDateMonth;
  }

  public void setConversationDateMonth(String value) {
    this.conversationDateMonth = value;
  }

  public String getConversationDateYear() {
    return conversationDateYear;
  }

  public void setConversationDateYear(String value) {
    this.conversationDateYear = value;
  }

  public String getWhatMatters() {
    return whatMatters;
  }

  public void setWhatMatters(String whatMatters) {
    this.whatMatters = whatMatters;
  }

  public List<QuoteRow> getQuotes() {
    return quotes;
  }

  public void setQuotes(List<QuoteRow> quotes) {
    this.quotes = quotes == null ? new ArrayList<>() : quotes;
  }

  public String getAbleNow() {
    return ableNow;
  }

  public void setAbleNow(String ableNow) {
    this.ableNow = ableNow;
  }

  public String getWillingNow() {
    return willingNow;
  }

  public void setWillingNow(String willingNow) {
    this.willingNow = willingNow;
  }

  public String getAbleFuture() {
    return ableFuture;
  }

  public void setAbleFuture(String ableFuture) {
    this.ableFuture = ableFuture;
  }

  public String getWillingFuture() {
    return willingFuture;
  }

  public void setWillingFuture(String willingFuture) {
    this.willingFuture = willingFuture;
  }

  public String getAbleWillingNotes() {
    return ableWillingNotes;
  }

  public void setAbleWillingNotes(String ableWillingNotes) {
    this.ableWillingNotes = ableWillingNotes;
  }

  public Map<String, String> getWellbeing() {
    return wellbeing;
  }

  public void setWellbeing(Map<String, String> wellbeing) {
    this.wellbeing = wellbeing == null ? new LinkedHashMap<>() : wellbeing;
  }

  public String getCarerOutcomes() {
    return carerOutcomes;
  }

  public void setCarerOutcomes(String carerOutcomes) {
    this.carerOutcomes = carerOutcomes;
  }

  public String getActivitiesNow() {
    return activitiesNow;
  }

  public void setActivitiesNow(String activitiesNow) {
    this.activitiesNow = activitiesNow;
  }

  public String getActivitiesWished() {
    return activitiesWished;
  }

  public void setActivitiesWished(String activitiesWished) {
    this.activitiesWished = activitiesWished;
  }

  public String getNetworkSupport() {
    return networkSupport;
  }

  public void setNetworkSupport(String networkSupport) {
    this.networkSupport = networkSupport;
  }

  public String getPeopleInvolved() {
    return peopleInvolved;
  }

  public void setPeopleInvolved(String peopleInvolved) {
    this.peopleInvolved = peopleInvolved;
  }

  public String getPractitionerSummary() {
    return practitionerSummary;
  }

  public void setPractitionerSummary(String practitionerSummary) {
    this.practitionerSummary = practitionerSummary;
  }

  public String getFluctuation() {
    return fluctuation;
  }

  public void setFluctuation(String fluctuation) {
    this.fluctuation = fluctuation;
  }

  public String getRecordGivenDay() {
    return recordGivenDay;
  }

  public void setRecordGivenDay(String value) {
    this.recordGivenDay = value;
  }

  public String getRecordGivenMonth() {
    return recordGivenMonth;
  }

  public void setRecordGivenMonth(String value) {
    this.recordGivenMonth = value;
  }

  public String getRecordGivenYear() {
    return recordGivenYear;
  }

  public void setRecordGivenYear(String value) {
    this.recordGivenYear = value;
  }

  public String getRecordGivenFormat() {
    return recordGivenFormat;
  }

  public void setRecordGivenFormat(String recordGivenFormat) {
    this.recordGivenFormat = recordGivenFormat;
  }
}
