package org.strengths.conversation;

import java.time.LocalDate;
import java.util.List;

/**
 * What a practitioner records in a conversation, checked and cleaned (blank text is {@code null},
 * blank rows dropped). A draft may leave anything out; a complete one has a date, stage and
 * outcome.
 */
record ConversationContent(
    LocalDate heldOn,
    String stage,
    String channel,
    String venue,
    String whoWasThere,
    List<Quote> whatMatters,
    List<Quote> goodLife,
    String analysis,
    String goodDay,
    String hardDay,
    String working,
    String notWorking,
    List<Strength> strengths,
    String connections,
    List<AgreedAction> actions,
    String safetyChanges,
    String emergencyPlan,
    List<ConversationSpend> spending,
    LocalDate followUp,
    String outcome) {

  static final List<String> CHANNELS =
      List.of("phone", "home", "community-venue", "video", "other");

  ConversationContent {
    whatMatters = List.copyOf(whatMatters);
    goodLife = List.copyOf(goodLife);
    strengths = List.copyOf(strengths);
    actions = List.copyOf(actions);
    spending = List.copyOf(spending);
  }

  static ConversationContent of(ConversationView view) {
    return new ConversationContent(
        view.heldOn(),
        view.stage(),
        view.channel(),
        view.venue(),
        view.whoWasThere(),
        view.whatMatters(),
        view.goodLife(),
        view.analysis(),
        view.goodDay(),
        view.hardDay(),
        view.working(),
        view.notWorking(),
        view.strengths(),
        view.connections(),
        view.actions(),
        view.safetyChanges(),
        view.emergencyPlan(),
        view.spending(),
        view.followUp(),
        view.outcome());
  }
}
