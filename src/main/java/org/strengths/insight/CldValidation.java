package org.strengths.insight;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.strengths.platform.ReferenceData;

/**
 * Checks the extract for a period before it is sent (see {@link ExtractChecks}), against the
 * defined lists in force at the end of the period.
 */
@Service
class CldValidation {

  /** What the checks found: how many rows, and each problem. */
  record Report(LocalDate from, LocalDate to, long rows, List<ExtractChecks.Problem> problems) {}

  static final Set<String> GENDERS = Set.of("Male", "Female", "Other", ExtractLayout.UNKNOWN);
  static final Set<String> REVIEW_REASONS =
      Set.of(
          "Planned",
          "Unplanned - Hospital (Planned and unplanned episodes)",
          "Unplanned - Carer related",
          "Unplanned - Safeguarding concern",
          "Unplanned - Other Reason",
          "Unplanned - Provider Failure",
          "Unplanned - Change in Commissioning arrangements");
  static final Set<String> OUTCOMES_ACHIEVED = Set.of("Yes", "Partially", "No");

  /** The columns checked against a reference list of the same name. */
  private static final List<String> LISTED =
      List.of(
          "Event_Type",
          "Assessment_Type",
          "Request_Route_of_Access",
          "Service_Type",
          "Delivery_Mechanism",
          "Client_Type",
          "Primary_Support_Reason",
          "Accommodation_Status",
          "Employment_Status",
          "Has_Unpaid_Carer");

  private final CldExtracts extracts;
  private final ReferenceData referenceData;
  private final InsightProperties properties;

  CldValidation(CldExtracts extracts, ReferenceData referenceData, InsightProperties properties) {
    this.extracts = extracts;
    this.referenceData = referenceData;
    this.properties = properties;
  }

  Report check(LocalDate from, LocalDate to) {
    ExtractChecks checks =
        new ExtractChecks(
            new ExtractLayout.Submission(properties.laCode(), properties.laName(), from, to),
            lists(to));
    long[] rows = {0};
    extracts.forEachCandidate(
        from,
        to,
        (event, person) -> {
          checks.candidate(event);
          if (ReleaseOne.includes(event, from, to)) {
            checks.row(event, person);
            rows[0]++;
          }
        },
        from.minus(ExtractChecks.ASSESSMENT_LOOK_BACK));
    return new Report(from, to, rows[0], checks.problems());
  }

  /** The values each listed column may take, as the extract spells them. */
  Map<String, Set<String>> lists(LocalDate date) {
    Map<String, Set<String>> lists = new HashMap<>();
    for (String list : LISTED) {
      lists.put(list, codes(list, date));
    }
    lists.put(
        "Event_Outcome",
        codes("Event_Outcome", date).stream()
            .map(ExtractLayout::outcome)
            .collect(Collectors.toSet()));
    Set<String> ethnicities = new HashSet<>(ExtractLayout.ETHNICITY.values());
    ethnicities.add(ExtractLayout.ETHNICITY_NOT_KNOWN);
    ethnicities.add(ExtractLayout.ETHNICITY_REFUSED);
    lists.put("Ethnicity", ethnicities);
    lists.put("Gender", GENDERS);
    lists.put("Review_Reason", REVIEW_REASONS);
    lists.put("Review_Outcomes_Achieved", OUTCOMES_ACHIEVED);
    return lists;
  }

  private Set<String> codes(String list, LocalDate date) {
    return referenceData.current(list, date).stream()
        .map(ReferenceData.ListValue::code)
        .collect(Collectors.toSet());
  }
}
