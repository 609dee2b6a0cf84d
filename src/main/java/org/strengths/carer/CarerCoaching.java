package org.strengths.carer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.strengths.conversation.ConversationCoaching;
import org.strengths.languagecoach.LanguageCoach;
import org.strengths.platform.statute.WellbeingArea;

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
    for (WellbeingArea area : WellbeingArea.values()) {
      fields.put("wellbeing-" + area.camelName(), conversation.wellbeing().get(area));
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
      String area = field.substring("wellbeing-".length());
      for (WellbeingArea each : WellbeingArea.values()) {
        if (each.camelName().equals(area)) {
          return text.get(each.messageKey());
        }
      }
    }
    return text.get("carer.label." + field);
  }
}
