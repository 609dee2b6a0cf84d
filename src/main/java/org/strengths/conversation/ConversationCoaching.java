package org.strengths.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.strengths.languagecoach.LanguageCoach;
import org.strengths.languagecoach.LanguageFlag;

/**
 * Runs the language coach over the practitioner's own words in a conversation: the narrative
 * fields, strengths, actions, and quotes attributed to the practitioner. Quotes attributed to the
 * person, their carer or family are their words and are never checked.
 */
@Component
public class ConversationCoaching {

  /** The flags in one field, with the field's label for the warning. */
  public record Note(String field, String label, List<LanguageFlag> flags) {}

  private final LanguageCoach coach;
  private final ConversationText text;

  ConversationCoaching(LanguageCoach coach, ConversationText text) {
    this.coach = coach;
    this.text = text;
  }

  List<Note> notes(ConversationForm form) {
    List<Note> notes = new ArrayList<>();
    coach
        .check(fields(form))
        .forEach((field, flags) -> notes.add(new Note(field, label(field), flags)));
    return notes;
  }

  /** Input id → the practitioner's text in it. */
  static Map<String, String> fields(ConversationForm form) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("whoWasThere", form.getWhoWasThere());
    fields.put("venue", form.getVenue());
    quoteFields(fields, "whatMatters", form.getWhatMatters());
    quoteFields(fields, "goodLife", form.getGoodLife());
    fields.put("analysis", form.getAnalysis());
    fields.put("goodDay", form.getGoodDay());
    fields.put("hardDay", form.getHardDay());
    fields.put("working", form.getWorking());
    fields.put("notWorking", form.getNotWorking());
    for (int i = 0; i < form.getStrengths().size(); i++) {
      ConversationForm.StrengthRow row = form.getStrengths().get(i);
      if (row != null) {
        fields.put("strengths-" + i + "-description", row.getDescription());
      }
    }
    fields.put("connections", form.getConnections());
    for (int i = 0; i < form.getActions().size(); i++) {
      ConversationForm.AgreedActionRow row = form.getActions().get(i);
      if (row != null) {
        fields.put("actions-" + i + "-what", row.getWhat());
      }
    }
    fields.put("safetyChanges", form.getSafetyChanges());
    fields.put("emergencyPlan", form.getEmergencyPlan());
    return fields;
  }

  private static void quoteFields(
      Map<String, String> fields, String list, List<ConversationForm.QuoteRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      ConversationForm.QuoteRow row = rows.get(i);
      if (row != null && "practitioner".equals(row.getAttribution())) {
        fields.put(list + "-" + i + "-words", row.getWords());
      }
    }
  }

  private String label(String field) {
    String[] parts = field.split("-");
    if (parts.length == 3) {
      return text.get(
          "conversation.coach.rowField",
          text.get("conversation.coach.list." + parts[0]),
          Integer.parseInt(parts[1]) + 1);
    }
    return text.get("conversation.label." + field);
  }
}
