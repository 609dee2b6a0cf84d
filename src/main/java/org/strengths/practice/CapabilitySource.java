package org.strengths.practice;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where the team capability heatmap takes its levels from (docs/adr/0151, 0152). Every source is
 * shown together in each cell, told apart by its short name and its colour: self-assessment ({@link
 * SelfAssessmentCapability}) and closed case-file audits ({@link AuditCapability}).
 */
interface CapabilitySource {

  /** A short stable name, used in the CSS class and the CSV header. */
  String key();

  /** The message key of its name, "Self-assessment (latest of each practitioner)". */
  String nameKey();

  /** The message key of the short name written in each cell, "Self" or "Audit". */
  String shortKey();

  /** Each worker's level per statement; a worker or a statement without a level is left out. */
  Map<UUID, Map<UUID, CapabilityLevel>> levels(Collection<UUID> workerIds);
}
