package org.strengths.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.network.Networks;
import org.strengths.platform.Money;
import org.strengths.platform.ReferenceData;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/**
 * Checks a typed conversation and turns it into content to save. Blank rows are dropped. The
 * content is built even when there are problems (leaving out only values that cannot be read), so
 * an autosaved draft keeps everything else; a complete conversation needs a date, a stage and an
 * outcome.
 */
@Component
class ConversationFormCheck {

  /** A conversation form's errors: dates link to their day box, radios to their first. */
  static FormErrors errors() {
    return new FormErrors()
        .dateFields("heldOn", "followUp")
        .linkTo("stage", "stage-0")
        .linkTo("channel", "channel-0");
  }

  static final int SHORT = 200;
  static final int MEDIUM = 1_000;
  static final int NARRATIVE = 10_000;
  static final String OUTCOMES = "Event_Outcome";

  /** The content to save, and the problems (keyed by input id) that stop a deliberate save. */
  record Checked(ConversationContent content, FormErrors errors) {}

  private final Stages stages;
  private final ReferenceData referenceData;
  private final MessageSource messages;
  private final Networks networks;
  private final Clock clock;

  ConversationFormCheck(
      Stages stages,
      ReferenceData referenceData,
      MessageSource messages,
      Networks networks,
      Clock clock) {
    this.stages = stages;
    this.referenceData = referenceData;
    this.messages = messages;
    this.networks = networks;
    this.clock = clock;
  }

  /**
   * Checks the form typed about {@code personId}: a strength may point only to one of that person's
   * current relationships.
   */
  Checked check(UUID personId, ConversationForm form, boolean complete) {
    FormErrors errors = ConversationFormCheck.errors();
    LocalDate today = LocalDate.now(clock);
    LocalDate heldOn =
        date(
            errors,
            "heldOn",
            DateInput.read(form.getHeldOnDay(), form.getHeldOnMonth(), form.getHeldOnYear()));
    if (heldOn == null && complete && !errors.has("heldOn")) {
      errors.add("heldOn", text("conversation.error.heldOn.required"));
    }
    if (heldOn != null && heldOn.isAfter(today)) {
      errors.add("heldOn", text("conversation.error.heldOn.future"));
      heldOn = null;
    }
    String stage = FormErrors.typed(form.getStage());
    if (stage != null && stages.find(stage).isEmpty()) {
      errors.add("stage", text("conversation.error.stage.invalid"));
      stage = null;
    } else if (stage == null && complete) {
      errors.add("stage", text("conversation.error.stage.required"));
    }
    String channel = FormErrors.typed(form.getChannel());
    if (channel != null && !ConversationContent.CHANNELS.contains(channel)) {
      errors.add("channel", text("conversation.error.channel.invalid"));
      channel = null;
    }
    String venue = limited(errors, "venue", form.getVenue(), SHORT);
    String whoWasThere = limited(errors, "whoWasThere", form.getWhoWasThere(), SHORT);
    List<Quote> whatMatters = quotes(errors, "whatMatters", form.getWhatMatters());
    List<Quote> goodLife = quotes(errors, "goodLife", form.getGoodLife());
    String analysis = limited(errors, "analysis", form.getAnalysis(), NARRATIVE);
    String goodDay = limited(errors, "goodDay", form.getGoodDay(), NARRATIVE);
    String hardDay = limited(errors, "hardDay", form.getHardDay(), NARRATIVE);
    String working = limited(errors, "working", form.getWorking(), NARRATIVE);
    String notWorking = limited(errors, "notWorking", form.getNotWorking(), NARRATIVE);
    List<Strength> strengths = strengths(errors, form.getStrengths(), memberIds(personId));
    String connections = limited(errors, "connections", form.getConnections(), NARRATIVE);
    List<AgreedAction> actions = actions(errors, form.getActions());
    String safetyChanges = limited(errors, "safetyChanges", form.getSafetyChanges(), NARRATIVE);
    String emergencyPlan = limited(errors, "emergencyPlan", form.getEmergencyPlan(), NARRATIVE);
    List<ConversationSpend> spending = spending(errors, form.getSpending());
    LocalDate followUp =
        date(
            errors,
            "followUp",
            DateInput.read(form.getFollowUpDay(), form.getFollowUpMonth(), form.getFollowUpYear()));
    if (followUp != null && heldOn != null && followUp.isBefore(heldOn)) {
      errors.add("followUp", text("conversation.error.followUp.beforeHeldOn"));
    }
    String outcome = FormErrors.typed(form.getOutcome());
    if (outcome != null && !referenceData.contains(OUTCOMES, outcome, today)) {
      errors.add("outcome", text("conversation.error.outcome.invalid"));
      outcome = null;
    } else if (outcome == null && complete) {
      errors.add("outcome", text("conversation.error.outcome.required"));
    }
    return new Checked(
        new ConversationContent(
            heldOn,
            stage,
            channel,
            venue,
            whoWasThere,
            whatMatters,
            goodLife,
            analysis,
            goodDay,
            hardDay,
            working,
            notWorking,
            strengths,
            connections,
            actions,
            safetyChanges,
            emergencyPlan,
            spending,
            followUp,
            outcome),
        errors);
  }

  private List<Quote> quotes(FormErrors errors, String list, List<ConversationForm.QuoteRow> rows) {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ConversationForm.QuoteRow row = rows.get(i);
      if (row == null || row.blank()) {
        continue;
      }
      String id = list + "-" + i + "-";
      String words = limited(errors, id + "words", row.getWords(), NARRATIVE);
      String name = limited(errors, id + "attributedName", row.getAttributedName(), SHORT);
      String attribution = FormErrors.typed(row.getAttribution());
      if (!Quote.ATTRIBUTIONS.contains(attribution == null ? "" : attribution)) {
        errors.add(id + "attribution", text("conversation.error.attribution.invalid"));
        attribution = "person";
      }
      if (words == null) {
        errors.add(id + "words", text("conversation.error.quote.wordsRequired"));
        continue;
      }
      if ("family".equals(attribution) && name == null) {
        errors.add(id + "attributedName", text("conversation.error.quote.nameRequired"));
      }
      quotes.add(new Quote(words, attribution, name));
    }
    return quotes;
  }

  private Set<UUID> memberIds(UUID personId) {
    return networks.members(personId).stream()
        .map(member -> member.id())
        .collect(Collectors.toSet());
  }

  private List<Strength> strengths(
      FormErrors errors, List<ConversationForm.StrengthRow> rows, Set<UUID> members) {
    List<Strength> strengths = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ConversationForm.StrengthRow row = rows.get(i);
      if (row == null || row.blank() || row.isRemove()) {
        continue;
      }
      String id = "strengths-" + i + "-";
      String description = limited(errors, id + "description", row.getDescription(), MEDIUM);
      String kind = FormErrors.typed(row.getKind());
      if (kind == null || !Strength.KINDS.contains(kind)) {
        errors.add(id + "kind", text("conversation.error.strength.kind"));
        continue;
      }
      String by = FormErrors.typed(row.getIdentifiedBy());
      if (by == null || !Quote.ATTRIBUTIONS.contains(by)) {
        errors.add(id + "identifiedBy", text("conversation.error.strength.identifiedBy"));
        continue;
      }
      UUID member = member(errors, id + "networkMemberId", row.getNetworkMemberId(), members);
      strengths.add(new Strength(kind, description, by, row.isCarriedForward(), member));
    }
    return strengths;
  }

  /** The chosen relationship, or null when none is chosen or it is not one of the person's. */
  private UUID member(FormErrors errors, String field, String typed, Set<UUID> members) {
    String text = FormErrors.typed(typed);
    if (text == null) {
      return null;
    }
    try {
      UUID id = UUID.fromString(text);
      if (members.contains(id)) {
        return id;
      }
    } catch (IllegalArgumentException notAnId) {
      // reported below like any other relationship that is not the person's
    }
    errors.add(field, text("conversation.error.strength.networkMember"));
    return null;
  }

  private List<AgreedAction> actions(
      FormErrors errors, List<ConversationForm.AgreedActionRow> rows) {
    List<AgreedAction> actions = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ConversationForm.AgreedActionRow row = rows.get(i);
      if (row == null || row.blank()) {
        continue;
      }
      String id = "actions-" + i + "-";
      String what = limited(errors, id + "what", row.getWhat(), MEDIUM);
      String whoName = limited(errors, id + "whoName", row.getWhoName(), SHORT);
      String who = FormErrors.typed(row.getWho());
      DateInput.Result byWhen = DateInput.read(row.getByWhen());
      if (byWhen.problem() != null) {
        errors.add(id + "byWhen", dateProblem(byWhen, "byWhen"));
      }
      if (what == null) {
        errors.add(id + "what", text("conversation.error.action.whatRequired"));
        continue;
      }
      if (who == null || !AgreedAction.WHO.contains(who)) {
        errors.add(id + "who", text("conversation.error.action.who"));
        continue;
      }
      actions.add(new AgreedAction(what, who, whoName, byWhen.date()));
    }
    return actions;
  }

  private List<ConversationSpend> spending(
      FormErrors errors, List<ConversationForm.SpendRow> rows) {
    List<ConversationSpend> spending = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ConversationForm.SpendRow row = rows.get(i);
      if (row == null || row.blank()) {
        continue;
      }
      String id = "spending-" + i + "-";
      Money typed = Money.parse(row.getAmount()).money();
      OptionalLong pence =
          typed == null || typed.isZero() ? OptionalLong.empty() : OptionalLong.of(typed.pence());
      if (pence.isEmpty()) {
        errors.add(id + "amount", text("conversation.error.spend.amount"));
      }
      String whatFor = limited(errors, id + "whatFor", row.getWhatFor(), SHORT);
      if (whatFor == null) {
        errors.add(id + "whatFor", text("conversation.error.spend.whatFor"));
      }
      if (pence.isPresent() && whatFor != null) {
        spending.add(new ConversationSpend(pence.getAsLong(), whatFor));
      }
    }
    return spending;
  }

  private LocalDate date(FormErrors errors, String field, DateInput.Result typed) {
    if (typed.problem() != null) {
      errors.add(field, dateProblem(typed, field));
    }
    return typed.date();
  }

  /** The text, trimmed, or null if blank; too long is a problem but the text is kept. */
  private String limited(FormErrors errors, String field, String typed, int max) {
    String text = FormErrors.typed(typed);
    if (text != null && text.length() > max) {
      errors.add(field, text("conversation.error.tooLong", String.format(Locale.UK, "%,d", max)));
    }
    return text;
  }

  /** One message for each problem with any date, naming the date. */
  private String dateProblem(DateInput.Result typed, String field) {
    return text(typed.problem().key(), text("conversation.date." + field));
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.UK);
  }
}
