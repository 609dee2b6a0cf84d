package org.strengths.planning;

import java.util.List;
import java.util.UUID;
import org.strengths.platform.statute.EligibilityOutcome;
import org.strengths.platform.statute.WellbeingArea;

/**
 * A personal outcome: what the person wants to achieve, in their words, with the wellbeing areas it
 * touches and, optionally, Goal Attainment Scaling descriptors written when it was set.
 *
 * @param eligibleOutcomes the eligibility outcomes it relates to, where needs were eligible
 * @param gasDescriptors the five levels from −2 to +2 (index 0 is −2), or an empty list
 * @param sourceConversationId the conversation it came from, when the conversation module knows
 * @param strengthId the strength it builds on, when the conversation module knows
 */
record Outcome(
    UUID id,
    UUID planId,
    UUID personId,
    String words,
    List<WellbeingArea> wellbeingAreas,
    List<EligibilityOutcome> eligibleOutcomes,
    UUID sourceConversationId,
    UUID strengthId,
    List<String> gasDescriptors,
    Integer gasWeight,
    int position,
    int version) {

  public boolean hasGas() {
    return gasDescriptors.size() == 5;
  }

  /** The descriptor for a GAS level −2..+2. */
  public String descriptor(int level) {
    return hasGas() ? gasDescriptors.get(level + 2) : null;
  }
}
