package org.strengths.carer;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.strengths.conversation.Quote;
import org.strengths.platform.statute.WellbeingArea;

/**
 * The carer's conversation (s.10(5)–(8)) as typed, before or after checking: what matters to the
 * carer in their words, whether they are able and willing to care now and in future, the impact on
 * each wellbeing area, their own outcomes, work, learning and leisure now and wished for, and the
 * support of their own network. Blank text is {@code null}; wellbeing is keyed by the s.1(2) area,
 * in the order of the Act.
 */
record CarerConversation(
    UUID linkId,
    LocalDate conversationDate,
    String whatMatters,
    List<Quote> quotes,
    String ableNow,
    String willingNow,
    String ableFuture,
    String willingFuture,
    String ableWillingNotes,
    Map<WellbeingArea, String> wellbeing,
    String carerOutcomes,
    String activitiesNow,
    String activitiesWished,
    String networkSupport,
    String peopleInvolved,
    String practitionerSummary,
    String fluctuation,
    LocalDate recordGivenDate,
    String recordGivenFormat) {

  CarerConversation {
    // Nulls are dropped, not refused: a JSON body may hold them, and they mean "nothing said".
    quotes = quotes == null ? List.of() : quotes.stream().filter(Objects::nonNull).toList();
    Map<WellbeingArea, String> impacts = new EnumMap<>(WellbeingArea.class);
    if (wellbeing != null) {
      wellbeing.forEach(
          (area, impact) -> {
            if (area != null && impact != null) {
              impacts.put(area, impact);
            }
          });
    }
    wellbeing = java.util.Collections.unmodifiableMap(impacts);
  }

  /** Words someone said, and who said them (the carer, the person they care for, a relative). */
  record Quote(String quote, String saidBy) {}
}
