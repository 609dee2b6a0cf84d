package org.strengths.practice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.strengths.assessment.AssessmentEvidence;
import org.strengths.conversation.AgreedAction;
import org.strengths.conversation.ConversationView;
import org.strengths.conversation.PersonInTheirWords;
import org.strengths.conversation.Quote;
import org.strengths.conversation.Strength;
import org.strengths.network.NetworkMemberView;
import org.strengths.planning.PlanEvidence;

/**
 * Works out a record's {@link Evidence} from what the owning modules hold, in plain Java so that
 * each number is checked against records counted by hand.
 */
final class EvidenceRules {

  private EvidenceRules() {}

  /**
   * Everything the evidence is computed from.
   *
   * @param requestedOn the day the person's record was opened
   * @param conversations the person's completed conversations, in any order
   * @param flags how many terms the language coach flags in a piece of the practitioner's text
   */
  record Record(
      LocalDate requestedOn,
      List<ConversationView> conversations,
      AssessmentEvidence assessment,
      PlanEvidence plan,
      List<NetworkMemberView> network,
      ToIntFunction<String> flags) {}

  static Evidence of(Record record) {
    int withTheirWords = 0;
    int theirWords = 0;
    int familyOrCarers = 0;
    int flags = 0;
    int words = 0;
    LocalDate first = null;
    Set<UUID> networkHelping = new HashSet<>();
    Set<UUID> outcomeStrengths = new HashSet<>();
    if (record.plan() != null) {
      outcomeStrengths.addAll(record.plan().outcomeStrengthIds());
      for (PlanEvidence.Line line : record.plan().lines()) {
        if (line.networkMemberId() != null) {
          networkHelping.add(line.networkMemberId());
        }
      }
    }
    Map<String, Boolean> strengths = new LinkedHashMap<>();
    for (ConversationView conversation : record.conversations()) {
      List<Quote> quotes = new ArrayList<>(conversation.whatMatters());
      quotes.addAll(conversation.goodLife());
      int mine = 0;
      for (Quote quote : quotes) {
        switch (quote.attribution() == null ? "" : quote.attribution()) {
          case "person" -> mine++;
          case "carer", "family" -> familyOrCarers++;
          default -> {}
        }
      }
      theirWords += mine;
      if (mine > 0) {
        withTheirWords++;
      }
      if (conversation.heldOn() != null
          && (first == null || conversation.heldOn().isBefore(first))) {
        first = conversation.heldOn();
      }
      List<Strength> named = conversation.strengths();
      for (int position = 0; position < named.size(); position++) {
        Strength strength = named.get(position);
        if (strength.description() == null || strength.description().isBlank()) {
          continue;
        }
        String key = strength.description().strip().toLowerCase(Locale.UK);
        boolean used =
            outcomeStrengths.contains(PersonInTheirWords.strengthId(conversation.id(), position))
                || (strength.networkMemberId() != null
                    && networkHelping.contains(strength.networkMemberId()));
        strengths.merge(key, used, Boolean::logicalOr);
      }
      for (String text : practitionersWords(conversation)) {
        if (text != null && !text.isBlank()) {
          flags += record.flags().applyAsInt(text);
          words += wordCount(text);
        }
      }
    }
    int network = 0;
    int community = 0;
    int paid = 0;
    int other = 0;
    int networkChecked = 0;
    if (record.plan() != null) {
      for (PlanEvidence.Line line : record.plan().lines()) {
        switch (line.giver()) {
          case NETWORK -> {
            network++;
            networkChecked += line.checked() ? 1 : 0;
          }
          case COMMUNITY, UNIVERSAL -> community++;
          case PAID -> paid++;
          case PERSON, EQUIPMENT -> other++;
        }
      }
    }
    int givingCare = 0;
    int givingCareChecked = 0;
    for (NetworkMemberView member : record.network()) {
      if (member.carerCheck().givesCare()) {
        givingCare++;
        givingCareChecked += member.carerCheck().mayBeReliedOn() ? 1 : 0;
      }
    }
    AssessmentEvidence assessment = record.assessment();
    PlanEvidence plan = record.plan();
    return new Evidence(
        record.conversations().size(),
        withTheirWords,
        theirWords,
        familyOrCarers,
        strengths.size(),
        (int) strengths.values().stream().filter(Boolean::booleanValue).count(),
        network,
        community,
        paid,
        other,
        flags,
        words,
        days(record.requestedOn(), first),
        assessment == null || plan == null ? null : days(assessment.startedOn(), plan.agreedOn()),
        assessment == null
            ? null
            : new Evidence.S94(
                assessment.wellbeingImpact(),
                assessment.outcomesWanted(),
                assessment.careCouldContribute()),
        plan == null ? List.of() : plan.s25Parts(),
        givingCare,
        givingCareChecked,
        networkChecked);
  }

  /**
   * The practitioner's own words in a conversation, as the language coach reads them when it is
   * written: the narrative, strengths, agreed actions and any quote attributed to the practitioner
   * (never the person's, a carer's or family's words).
   */
  static List<String> practitionersWords(ConversationView conversation) {
    List<String> texts = new ArrayList<>();
    texts.add(conversation.whoWasThere());
    texts.add(conversation.venue());
    conversation.whatMatters().stream()
        .filter(quote -> !quote.theirOwnWords())
        .forEach(quote -> texts.add(quote.words()));
    conversation.goodLife().stream()
        .filter(quote -> !quote.theirOwnWords())
        .forEach(quote -> texts.add(quote.words()));
    texts.add(conversation.analysis());
    texts.add(conversation.goodDay());
    texts.add(conversation.hardDay());
    texts.add(conversation.working());
    texts.add(conversation.notWorking());
    conversation.strengths().forEach(strength -> texts.add(strength.description()));
    texts.add(conversation.connections());
    conversation.actions().stream().map(AgreedAction::what).forEach(texts::add);
    texts.add(conversation.safetyChanges());
    texts.add(conversation.emergencyPlan());
    return texts;
  }

  static int wordCount(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  private static Integer days(LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      return null;
    }
    return (int) ChronoUnit.DAYS.between(from, to);
  }
}
