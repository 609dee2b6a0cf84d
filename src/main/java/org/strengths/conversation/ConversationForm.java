package org.strengths.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.strengths.platform.Money;
import org.strengths.platform.web.DateInput;

/**
 * What is typed into the conversation form, exactly as typed (so nothing is lost when it is shown
 * again with errors, after "Add another", or after sign-in). Repeating rows bind as {@code
 * strengths[0].description} and so on.
 */
class ConversationForm {

  private String conversationId;
  private String version = "0";
  private String heldOnDay;
  private String heldOnMonth;
  private String heldOnYear;
  private String stage;
  private String channel;
  private String venue;
  private String whoWasThere;
  private List<QuoteRow> whatMatters = new ArrayList<>();
  private List<QuoteRow> goodLife = new ArrayList<>();
  private String analysis;
  private String goodDay;
  private String hardDay;
  private String working;
  private String notWorking;
  private List<StrengthRow> strengths = new ArrayList<>();
  private String connections;
  private List<AgreedActionRow> actions = new ArrayList<>();
  private String safetyChanges;
  private String emergencyPlan;
  private List<SpendRow> spending = new ArrayList<>();
  private String followUpDay;
  private String followUpMonth;
  private String followUpYear;
  private String outcome;

  /** A quote as typed. */
  public static class QuoteRow {
    private String words;
    private String attribution = "person";
    private String attributedName;

    public String getWords() {
      return words;
    }

    public void setWords(String words) {
      this.words = words;
    }

    public String getAttribution() {
      return attribution;
    }

    public void setAttribution(String attribution) {
      this.attribution = attribution;
    }

    public String getAttributedName() {
      return attributedName;
    }

    public void setAttributedName(String attributedName) {
      this.attributedName = attributedName;
    }

    boolean blank() {
      return isBlank(words) && isBlank(attributedName);
    }
  }

  /** A strength as typed; {@code remove} drops a carried-forward one. */
  public static class StrengthRow {
    private String kind;
    private String description;
    private String identifiedBy = "person";
    private boolean carriedForward;
    private boolean remove;
    private String networkMemberId;

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getIdentifiedBy() {
      return identifiedBy;
    }

    public void setIdentifiedBy(String identifiedBy) {
      this.identifiedBy = identifiedBy;
    }

    public boolean isCarriedForward() {
      return carriedForward;
    }

    public void setCarriedForward(boolean carriedForward) {
      this.carriedForward = carriedForward;
    }

    public boolean isRemove() {
      return remove;
    }

    public String getNetworkMemberId() {
      return networkMemberId;
    }

    public void setNetworkMemberId(String networkMemberId) {
      this.networkMemberId = networkMemberId;
    }

    public void setRemove(boolean remove) {
      this.remove = remove;
    }

    boolean blank() {
      return isBlank(description);
    }
  }

  /** An agreed action as typed. */
  public static class AgreedActionRow {
    private String what;
    private String who = "person";
    private String whoName;
    private String byWhen;

    public String getWhat() {
      return what;
    }

    public void setWhat(String what) {
      this.what = what;
    }

    public String getWho() {
      return who;
    }

    public void setWho(String who) {
      this.who = who;
    }

    public String getWhoName() {
      return whoName;
    }

    public void setWhoName(String whoName) {
      this.whoName = whoName;
    }

    public String getByWhen() {
      return byWhen;
    }

    public void setByWhen(String byWhen) {
      this.byWhen = byWhen;
    }

    boolean blank() {
      return isBlank(what) && isBlank(whoName) && isBlank(byWhen);
    }
  }

  /** A sum of money as typed. */
  public static class SpendRow {
    private String amount;
    private String whatFor;

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
    }

    public String getWhatFor() {
      return whatFor;
    }

    public void setWhatFor(String whatFor) {
      this.whatFor = whatFor;
    }

    boolean blank() {
      return isBlank(amount) && isBlank(whatFor);
    }
  }

  /** A form showing a stored conversation, ready to edit. */
  static ConversationForm of(ConversationView view) {
    ConversationForm form = new ConversationForm();
    form.conversationId = view.id().toString();
    form.version = String.valueOf(view.version());
    form.setHeldOn(view.heldOn());
    form.stage = view.stage();
    form.channel = view.channel();
    form.venue = view.venue();
    form.whoWasThere = view.whoWasThere();
    form.whatMatters = quoteRows(view.whatMatters());
    form.goodLife = quoteRows(view.goodLife());
    form.analysis = view.analysis();
    form.goodDay = view.goodDay();
    form.hardDay = view.hardDay();
    form.working = view.working();
    form.notWorking = view.notWorking();
    form.strengths = strengthRows(view.strengths(), false);
    form.connections = view.connections();
    form.actions = new ArrayList<>();
    for (AgreedAction action : view.actions()) {
      AgreedActionRow row = new AgreedActionRow();
      row.what = action.what();
      row.who = action.who();
      row.whoName = action.whoName();
      row.byWhen = action.byWhen() == null ? null : DateInput.typed(action.byWhen());
      form.actions.add(row);
    }
    form.safetyChanges = view.safetyChanges();
    form.emergencyPlan = view.emergencyPlan();
    form.spending = new ArrayList<>();
    for (ConversationSpend spend : view.spending()) {
      SpendRow row = new SpendRow();
      row.amount = Money.ofPence(spend.amountPence()).typed();
      row.whatFor = spend.whatFor();
      form.spending.add(row);
    }
    form.setFollowUp(view.followUp());
    form.outcome = view.outcome();
    return form;
  }

  /** A new conversation: today, with the last conversation's strengths to confirm or update. */
  static ConversationForm fresh(LocalDate today, List<Strength> previousStrengths) {
    ConversationForm form = new ConversationForm();
    form.setHeldOn(today);
    form.strengths = strengthRows(previousStrengths, true);
    return form;
  }

  private static List<QuoteRow> quoteRows(List<Quote> quotes) {
    List<QuoteRow> rows = new ArrayList<>();
    for (Quote quote : quotes) {
      QuoteRow row = new QuoteRow();
      row.words = quote.words();
      row.attribution = quote.attribution();
      row.attributedName = quote.attributedName();
      rows.add(row);
    }
    return rows;
  }

  private static List<StrengthRow> strengthRows(List<Strength> strengths, boolean carried) {
    List<StrengthRow> rows = new ArrayList<>();
    for (Strength strength : strengths) {
      StrengthRow row = new StrengthRow();
      row.kind = strength.kind();
      row.description = strength.description();
      row.identifiedBy = strength.identifiedBy();
      row.carriedForward = carried || strength.carriedForward();
      row.networkMemberId =
          strength.networkMemberId() == null ? null : strength.networkMemberId().toString();
      rows.add(row);
    }
    return rows;
  }

  /** Every list ends with one empty row to type into, as the GOV.UK "add another" pattern does. */
  ConversationForm withBlankRows() {
    addBlankIfNone(whatMatters, QuoteRow::new);
    addBlankIfNone(goodLife, QuoteRow::new);
    addBlankIfNone(strengths, StrengthRow::new);
    addBlankIfNone(actions, AgreedActionRow::new);
    addBlankIfNone(spending, SpendRow::new);
    return this;
  }

  /** "Add another …": one more empty row in the named list. */
  ConversationForm addRow(String list) {
    switch (list) {
      case "whatMatters" -> whatMatters.add(new QuoteRow());
      case "goodLife" -> goodLife.add(new QuoteRow());
      case "strengths" -> strengths.add(new StrengthRow());
      case "actions" -> actions.add(new AgreedActionRow());
      case "spending" -> spending.add(new SpendRow());
      default -> {
        // not a list: nothing to add
      }
    }
    return this;
  }

  private static <T> void addBlankIfNone(List<T> rows, Supplier<T> blank) {
    if (rows.isEmpty()) {
      rows.add(blank.get());
    }
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  void setHeldOn(LocalDate date) {
    heldOnDay = date == null ? null : String.valueOf(date.getDayOfMonth());
    heldOnMonth = date == null ? null : String.valueOf(date.getMonthValue());
    heldOnYear = date == null ? null : String.valueOf(date.getYear());
  }

  void setFollowUp(LocalDate date) {
    followUpDay = date == null ? null : String.valueOf(date.getDayOfMonth());
    followUpMonth = date == null ? null : String.valueOf(date.getMonthValue());
    followUpYear = date == null ? null : String.valueOf(date.getYear());
  }

  int versionSeen() {
    try {
      return Integer.parseInt(version == null ? "0" : version.strip());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  java.util.UUID conversationUuid() {
    if (isBlank(conversationId)) {
      return null;
    }
    try {
      return java.util.UUID.fromString(conversationId.strip());
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  public String getConversationId() {
    return conversationId;
  }

  public void setConversationId(String conversationId) {
    this.conversationId = conversationId;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getHeldOnDay() {
    return heldOnDay;
  }

  public void setHeldOnDay(String heldOnDay) {
    this.heldOnDay = heldOnDay;
  }

  public String getHeldOnMonth() {
    return heldOnMonth;
  }

  public void setHeldOnMonth(String heldOnMonth) {
    this.heldOnMonth = heldOnMonth;
  }

  public String getHeldOnYear() {
    return heldOnYear;
  }

  public void setHeldOnYear(String heldOnYear) {
    this.heldOnYear = heldOnYear;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getWhoWasThere() {
    return whoWasThere;
  }

  public void setWhoWasThere(String whoWasThere) {
    this.whoWasThere = whoWasThere;
  }

  public List<QuoteRow> getWhatMatters() {
    return whatMatters;
  }

  public void setWhatMatters(List<QuoteRow> whatMatters) {
    this.whatMatters = whatMatters;
  }

  public List<QuoteRow> getGoodLife() {
    return goodLife;
  }

  public void setGoodLife(List<QuoteRow> goodLife) {
    this.goodLife = goodLife;
  }

  public String getAnalysis() {
    return analysis;
  }

  public void setAnalysis(String analysis) {
    this.analysis = analysis;
  }

  public String getGoodDay() {
    return goodDay;
  }

  public void setGoodDay(String goodDay) {
    this.goodDay = goodDay;
  }

  public String getHardDay() {
    return hardDay;
  }

  public void setHardDay(String hardDay) {
    this.hardDay = hardDay;
  }

  public String getWorking() {
    return working;
  }

  public void setWorking(String working) {
    this.working = working;
  }

  public String getNotWorking() {
    return notWorking;
  }

  public void setNotWorking(String notWorking) {
    this.notWorking = notWorking;
  }

  public List<StrengthRow> getStrengths() {
    return strengths;
  }

  public void setStrengths(List<StrengthRow> strengths) {
    this.strengths = strengths;
  }

  public String getConnections() {
    return connections;
  }

  public void setConnections(String connections) {
    this.connections = connections;
  }

  public List<AgreedActionRow> getActions() {
    return actions;
  }

  public void setActions(List<AgreedActionRow> actions) {
    this.actions = actions;
  }

  public String getSafetyChanges() {
    return safetyChanges;
  }

  public void setSafetyChanges(String safetyChanges) {
    this.safetyChanges = safetyChanges;
  }

  public String getEmergencyPlan() {
    return emergencyPlan;
  }

  public void setEmergencyPlan(String emergencyPlan) {
    this.emergencyPlan = emergencyPlan;
  }

  public List<SpendRow> getSpending() {
    return spending;
  }

  public void setSpending(List<SpendRow> spending) {
    this.spending = spending;
  }

  public String getFollowUpDay() {
    return followUpDay;
  }

  public void setFollowUpDay(String followUpDay) {
    this.followUpDay = followUpDay;
  }

  public String getFollowUpMonth() {
    return followUpMonth;
  }

  public void setFollowUpMonth(String followUpMonth) {
    this.followUpMonth = followUpMonth;
  }

  public String getFollowUpYear() {
    return followUpYear;
  }

  public void setFollowUpYear(String followUpYear) {
    this.followUpYear = followUpYear;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
