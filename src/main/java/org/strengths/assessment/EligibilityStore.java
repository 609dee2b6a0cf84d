package org.strengths.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.StaffMember;
import org.strengths.assessment.EligibilityAnswers.Achievement;
import org.strengths.assessment.EligibilityAnswers.OutcomeAnswer;
import org.strengths.assessment.EligibilityAnswers.UnableReason;
import org.strengths.assessment.EligibilityRule.Decision;
import org.strengths.platform.statute.EligibilityOutcome;

/** Eligibility determinations, their outcome answers and their sign-off history. */
@Repository
class EligibilityStore {

  private final JdbcClient jdbc;

  EligibilityStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The assessment's determination, created empty the first time it is asked for. */
  EligibilityView forAssessment(AssessmentView assessment, String username, Instant now) {
    jdbc.sql(
            """
            INSERT INTO eligibility_determination (id, assessment_id, person_id, created_at,
              created_by, updated_at, updated_by)
            VALUES (:id, :assessment, :person, :now, :by, :now, :by)
            ON CONFLICT (assessment_id) DO NOTHING
            """)
        .param("id", UUID.randomUUID())
        .param("assessment", assessment.id())
        .param("person", assessment.personId())
        .param("now", AssessmentStore.utc(now))
        .param("by", username)
        .update();
    return findByAssessment(assessment.id()).orElseThrow();
  }

  Optional<EligibilityView> findByAssessment(UUID assessmentId) {
    return jdbc.sql("SELECT * FROM eligibility_determination WHERE assessment_id = :id")
        .param("id", assessmentId)
        .query((rs, row) -> read(rs))
        .optional();
  }

  List<EligibilityView> forPerson(UUID personId) {
    return jdbc.sql(
            "SELECT * FROM eligibility_determination WHERE person_id = :person"
                + " ORDER BY created_at DESC")
        .param("person", personId)
        .query((rs, row) -> read(rs))
        .list();
  }

  /** Saves the answers if nobody saved since {@code versionSeen} and it may still change. */
  @Transactional
  boolean saveAnswers(
      UUID id,
      int versionSeen,
      EligibilityAnswers answers,
      Map<EligibilityOutcome, String> notes,
      String username,
      Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE eligibility_determination
                SET impairment_link = :impairment, impairment_description = :description,
                    significant_impact = :impact, impact_rationale = :rationale,
                    version = version + 1, updated_at = :now, updated_by = :by
                WHERE id = :id AND version = :version AND status IN ('DRAFT', 'RETURNED')
                """)
            .param("impairment", yesNo(answers.impairmentLink()))
            .param("description", answers.impairmentDescription())
            .param("impact", yesNo(answers.significantImpact()))
            .param("rationale", answers.impactRationale())
            .param("now", AssessmentStore.utc(now))
            .param("by", username)
            .param("id", id)
            .param("version", versionSeen)
            .update();
    if (updated == 0) {
      return false;
    }
    for (EligibilityOutcome outcome : EligibilityOutcome.values()) {
      OutcomeAnswer answer = answers.answer(outcome);
      Set<UnableReason> reasons = answer == null ? Set.of() : answer.reasons();
      jdbc.sql(
              """
              INSERT INTO eligibility_outcome (determination_id, outcome, achievement,
                needs_assistance, pain_distress, endangers, takes_longer, only_sometimes, notes)
              VALUES (:id, :outcome, :achievement, :assistance, :pain, :endangers, :longer,
                :sometimes, :notes)
              ON CONFLICT (determination_id, outcome) DO UPDATE SET
                achievement = EXCLUDED.achievement, needs_assistance = EXCLUDED.needs_assistance,
                pain_distress = EXCLUDED.pain_distress, endangers = EXCLUDED.endangers,
                takes_longer = EXCLUDED.takes_longer, only_sometimes = EXCLUDED.only_sometimes,
                notes = EXCLUDED.notes
              """)
          .param("id", id)
          .param("outcome", outcome.name())
          .param(
              "achievement",
              answer == null || answer.achievement() == null ? null : answer.achievement().name())
          .param("assistance", reasons.contains(UnableReason.NEEDS_ASSISTANCE))
          .param("pain", reasons.contains(UnableReason.PAIN_DISTRESS_ANXIETY))
          .param("endangers", reasons.contains(UnableReason.ENDANGERS_HEALTH_OR_SAFETY))
          .param("longer", reasons.contains(UnableReason.TAKES_SIGNIFICANTLY_LONGER))
          .param("sometimes", answer != null && answer.onlySometimes())
          .param("notes", notes.get(outcome))
          .update();
    }
    return true;
  }

  @Transactional
  boolean submit(
      UUID id,
      int versionSeen,
      boolean suggested,
      Decision decision,
      boolean decided,
      String overrideReason,
      StaffMember staff,
      Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE eligibility_determination
                SET suggested_eligible = :suggested, decision = :decision,
                    decided_eligible = :decided, override_reason = :reason, status = 'SUBMITTED',
                    submitted_at = :now, submitted_by = :staff, submitted_by_name = :name,
                    version = version + 1, updated_at = :now, updated_by = :by
                WHERE id = :id AND version = :version AND status IN ('DRAFT', 'RETURNED')
                """)
            .param("suggested", suggested)
            .param("decision", decision.name())
            .param("decided", decided)
            .param("reason", decision == Decision.OVERRIDE ? overrideReason : null)
            .param("now", AssessmentStore.utc(now))
            .param("staff", staff.id())
            .param("name", staff.displayName())
            .param("by", staff.getUsername())
            .param("id", id)
            .param("version", versionSeen)
            .update();
    if (updated == 1) {
      history(id, "SUBMITTED", null, staff, now);
    }
    return updated == 1;
  }

  @Transactional
  boolean review(
      UUID id, int versionSeen, boolean signOff, String comments, StaffMember staff, Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE eligibility_determination
                SET status = :status,
                    signed_off_at = CASE WHEN :signOff THEN :now ELSE NULL END,
                    signed_off_by = CASE WHEN :signOff THEN :staff ELSE NULL END,
                    signed_off_by_name = CASE WHEN :signOff THEN :name ELSE NULL END,
                    version = version + 1, updated_at = :now, updated_by = :by
                WHERE id = :id AND version = :version AND status = 'SUBMITTED'
                """)
            .param("status", signOff ? "SIGNED_OFF" : "RETURNED")
            .param("signOff", signOff)
            .param("now", AssessmentStore.utc(now))
            .param("staff", staff.id())
            .param("name", staff.displayName())
            .param("by", staff.getUsername())
            .param("id", id)
            .param("version", versionSeen)
            .update();
    if (updated == 1) {
      history(id, signOff ? "SIGNED_OFF" : "RETURNED", comments, staff, now);
    }
    return updated == 1;
  }

  private void history(UUID id, String action, String comments, StaffMember staff, Instant now) {
    jdbc.sql(
            """
            INSERT INTO eligibility_review (id, determination_id, action, comments, by_id, by_name,
              at)
            VALUES (:id, :determination, :action, :comments, :by, :name, :at)
            """)
        .param("id", UUID.randomUUID())
        .param("determination", id)
        .param("action", action)
        .param("comments", comments)
        .param("by", staff.id())
        .param("name", staff.displayName())
        .param("at", AssessmentStore.utc(now))
        .update();
  }

  private EligibilityView read(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    Map<EligibilityOutcome, OutcomeAnswer> outcomes = new EnumMap<>(EligibilityOutcome.class);
    Map<EligibilityOutcome, String> notes = new EnumMap<>(EligibilityOutcome.class);
    jdbc.sql("SELECT * FROM eligibility_outcome WHERE determination_id = :id")
        .param("id", id)
        .query(
            (row, n) -> {
              EligibilityOutcome outcome = EligibilityOutcome.valueOf(row.getString("outcome"));
              Set<UnableReason> reasons = EnumSet.noneOf(UnableReason.class);
              if (row.getBoolean("needs_assistance")) reasons.add(UnableReason.NEEDS_ASSISTANCE);
              if (row.getBoolean("pain_distress")) reasons.add(UnableReason.PAIN_DISTRESS_ANXIETY);
              if (row.getBoolean("endangers")) reasons.add(UnableReason.ENDANGERS_HEALTH_OR_SAFETY);
              if (row.getBoolean("takes_longer")) {
                reasons.add(UnableReason.TAKES_SIGNIFICANTLY_LONGER);
              }
              String achievement = row.getString("achievement");
              outcomes.put(
                  outcome,
                  new OutcomeAnswer(
                      achievement == null ? null : Achievement.valueOf(achievement),
                      reasons,
                      row.getBoolean("only_sometimes")));
              if (row.getString("notes") != null) {
                notes.put(outcome, row.getString("notes"));
              }
              return outcome;
            })
        .list();
    EligibilityAnswers answers =
        new EligibilityAnswers(
            outcomes,
            bool(rs.getString("impairment_link")),
            rs.getString("impairment_description"),
            bool(rs.getString("significant_impact")),
            rs.getString("impact_rationale"),
            null);
    String decision = rs.getString("decision");
    return new EligibilityView(
        id,
        rs.getObject("assessment_id", UUID.class),
        rs.getObject("person_id", UUID.class),
        answers,
        notes,
        (Boolean) rs.getObject("suggested_eligible"),
        decision == null ? null : Decision.valueOf(decision),
        (Boolean) rs.getObject("decided_eligible"),
        rs.getString("override_reason"),
        EligibilityStatus.valueOf(rs.getString("status")),
        rs.getObject("submitted_by", UUID.class),
        rs.getString("submitted_by_name"),
        instant(rs, "submitted_at"),
        rs.getString("signed_off_by_name"),
        instant(rs, "signed_off_at"),
        reviews(id),
        instant(rs, "updated_at"),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }

  private List<EligibilityView.Review> reviews(UUID id) {
    return jdbc.sql(
            "SELECT action, comments, by_name, at FROM eligibility_review"
                + " WHERE determination_id = :id ORDER BY at, id")
        .param("id", id)
        .query(
            (rs, row) ->
                new EligibilityView.Review(
                    rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, "at")))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static Boolean bool(String yesNo) {
    return yesNo == null ? null : yesNo.equals("yes");
  }

  private static String yesNo(Boolean value) {
    return value == null ? null : value ? "yes" : "no";
  }
}
