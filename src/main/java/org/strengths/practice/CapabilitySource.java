package org.strengths.practice;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where the team capability heatmap takes its levels from (docs/adr/0151). Self-assessment is one
 * source ({@link SelfAssessmentCapability}); case-file audit scores, mapped to the same statements,
 * are to be another: a bean implementing this is offered as a choice on the heatmap page and in its
 * download, with nothing else to change.
 */
interface CapabilitySource {

  /** A short stable name, used in the page's address ({@code ?source=}). */
  String key();

  /** The message key of its name, "Self-assessment". */
  String nameKey();

  /**
   * Each worker's level per statement, on the four points of {@link SelfAssessmentRating}; a worker
   * or a statement without a level is left out.
   */
  Map<UUID, Map<UUID, SelfAssessmentRating>> levels(Collection<UUID> workerIds);
}
