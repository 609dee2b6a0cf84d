package org.strengths.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Runs the language coach over the practitioner's writing in a carer's conversation, as {@link
 * ConversationCoaching} does for a person's. The quotes are the carer's and other people's own
 * words and are never checked; words between quotation marks inside a field are left alone too.
 */
@Component
class CarerCoaching {

  private final LanguageCoach coach;
  private final CarerText text;

  CarerCoaching(LanguageCoach coach, CarerText text) {
    this.coach = coach;
    this.text = text;
  }

  List<ConversationCoaching.Note> notes(CarerConversation conversation) {
    List<ConversationCoaching.Note> notes = new ArrayList<>();
    coach
        .check(fields(conversation))
        .forEach(
            (field, flags) -> notes.add(new ConversationCoaching.Note(field, label(field), flags)));
    return notes;
  }

  /** Input id → the practitioner's text in it, in the order of the form. */
  static Map<String, String> fields(CarerConversation conversation) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("peopleInvolved", conversation.peopleInvolved());
    fields.put("whatMatters", conversation.whatMatters());
    fields.put("ableWillingNotes", conversation.ableWillingNotes());
    for (CarerWellbeingArea area : CarerWellbeingArea.values()) {
      fields.put("wellbeing-" + area.field(), conversation.wellbeing().get(area.field()));
    }
    fields.put("carerOutcomes", conversation.carerOutcomes());
    fields.put("activitiesNow", conversation.activitiesNow());
    fields.put("activitiesWished", conversation.activitiesWished());
    fields.put("networkSupport", conversation.networkSupport());
    fields.put("practitionerSummary", conversation.practitionerSummary());
    fields.put("fluctuation", conversation.fluctuation());
    return fields;
  }

  private String label(String field) {
    if (field.startsWith("wellbeing-")) {
      return text.get(CarerWellbeingArea.ofField(field.substring(10)).labelKey());
    }
    return text.get("carer.label." + field);
  }
}
