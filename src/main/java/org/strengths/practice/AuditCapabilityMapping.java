package org.strengths.practice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How case-file audit scores become levels against the practice statements (docs/adr/0152), in
 * plain Java. A question maps to statements through the evidence it is shown beside, so every
 * template, the default and those a council adds, maps the same way; a question shown beside no
 * evidence maps to none. A worker's level for a statement is the mean of the final scores (the
 * moderator's where there is one) of every question mapped to it, on their sampled records in
 * closed audits, rounded half up to the nearest point.
 */
final class AuditCapabilityMapping {

  private AuditCapabilityMapping() {}

  /** The statements each kind of evidence speaks to, by their short code. */
  static final Map<AuditEvidence, List<String>> STATEMENTS = new EnumMap<>(AuditEvidence.class);

  static {
    STATEMENTS.put(AuditEvidence.OWN_WORDS, List.of("KSS 2", "KcVETS Kc"));
    STATEMENTS.put(AuditEvidence.STRENGTHS, List.of("KSS 5", "KcVETS S"));
    STATEMENTS.put(AuditEvidence.NETWORK, List.of("KSS 6", "KcVETS Kc"));
    STATEMENTS.put(AuditEvidence.COMMUNITY, List.of("KSS 5", "KcVETS T"));
    STATEMENTS.put(AuditEvidence.HELP_MIX, List.of("KSS 5"));
    STATEMENTS.put(AuditEvidence.VOICES, List.of("KSS 6", "KcVETS Kc"));
    STATEMENTS.put(AuditEvidence.LANGUAGE, List.of("KcVETS V", "KcVETS S"));
    STATEMENTS.put(AuditEvidence.S94, List.of("KSS 5"));
    STATEMENTS.put(AuditEvidence.S25, List.of("KSS 5"));
    STATEMENTS.put(AuditEvidence.TIMELINESS, List.of("KSS 8"));
    STATEMENTS.put(AuditEvidence.NONE, List.of());
  }

  /** One final score of a closed audit: whose record, the question's evidence, and the score. */
  record Scored(UUID workerId, AuditEvidence evidence, int score) {}

  /** Each worker's level per statement id, from their scores; statements not known are skipped. */
  static Map<UUID, Map<UUID, CapabilityLevel>> levels(
      List<Scored> scores, List<Statement> statements) {
    Map<String, UUID> byCode = new HashMap<>();
    statements.forEach(statement -> byCode.put(statement.shortCode(), statement.id()));
    Map<UUID, Map<UUID, List<Integer>>> gathered = new HashMap<>();
    for (Scored scored : scores) {
      for (String code : STATEMENTS.getOrDefault(scored.evidence(), List.of())) {
        UUID statement = byCode.get(code);
        if (statement != null) {
          gathered
              .computeIfAbsent(scored.workerId(), worker -> new HashMap<>())
              .computeIfAbsent(statement, s -> new ArrayList<>())
              .add(scored.score());
        }
      }
    }
    Map<UUID, Map<UUID, CapabilityLevel>> levels = new HashMap<>();
    gathered.forEach(
        (worker, byStatement) -> {
          Map<UUID, CapabilityLevel> of = new HashMap<>();
          byStatement.forEach(
              (statement, list) ->
                  of.put(statement, CapabilityLevel.audited(level(list), list.size())));
          levels.put(worker, of);
        });
    return levels;
  }

  /** The mean of the scores rounded half up: 2.5 is 3. */
  static int level(List<Integer> scores) {
    int sum = scores.stream().mapToInt(Integer::intValue).sum();
    int points = (2 * sum + scores.size()) / (2 * scores.size());
    return Math.max(1, Math.min(4, points));
  }
}
