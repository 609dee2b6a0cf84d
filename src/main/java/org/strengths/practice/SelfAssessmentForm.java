package org.strengths.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strengths.platform.web.DateInput;

/**
 * What a practitioner types into a self-assessment, kept as typed so a refused form comes back
 * unchanged: the date, a rating per statement ({@code ratings[statementId]} = "1" to "4"), the
 * evidence chosen per statement ({@code statementId/KIND:refId}) and up to three development goals.
 */
public class SelfAssessmentForm {

  static final int GOAL_ROWS = 3;
  static final int MAX_GOAL = 300;
  static final int MAX_ACTIONS = 2_000;

  private String assessedOnDay;
  private String assessedOnMonth;
  private String assessedOnYear;
  private Map<String, String> ratings = new LinkedHashMap<>();
  private List<String> evidence = new ArrayList<>();
  private List<GoalRow> goals = new ArrayList<>();

  /** One goal of the development plan: what, how, and by when. */
  public static class GoalRow {
    private String goal;
    private String actions;
    private String byDay;
    private String byMonth;
    private String byYear;

    boolean blank() {
      return SupervisionForm.isBlank(goal)
          && SupervisionForm.isBlank(actions)
          && SupervisionForm.isBlank(byDay)
          && SupervisionForm.isBlank(byMonth)
          && SupervisionForm.isBlank(byYear);
    }

    DateInput.Result byWhen() {
      return DateInput.read(byDay, byMonth, byYear);
    }

    public String getGoal() {
      return goal;
    }

    public void setGoal(String goal) {
      this.goal = goal;
    }

    public String getActions() {
      return actions;
    }

    public void setActions(String actions) {
      this.actions = actions;
    }

    public String getByDay() {
      return byDay;
    }

    public void setByDay(String byDay) {
      this.byDay = byDay;
    }

    public String getByMonth() {
      return byMonth;
    }

    public void setByMonth(String byMonth) {
      this.byMonth = byMonth;
    }

    public String getByYear() {
      return byYear;
    }

    public void setByYear(String byYear) {
      this.byYear = byYear;
    }
  }

  /** Empty goal rows up to three, so the form always offers them. */
  SelfAssessmentForm withGoalRows() {
    while (goals.size() < GOAL_ROWS) {
      goals.add(new GoalRow());
    }
    return this;
  }

  DateInput.Result assessedOn() {
    return DateInput.read(assessedOnDay, assessedOnMonth, assessedOnYear);
  }

  /** The evidence value for a statement and a choice, as the checkboxes send it. */
  static String evidenceValue(Object statementId, String choiceKey) {
    return statementId + "/" + choiceKey;
  }

  /** Whether the rating typed for a statement is {@code points}, for the radios. */
  public boolean rated(Object statementId, int points) {
    return String.valueOf(points).equals(ratings.get(String.valueOf(statementId)));
  }

  /** Whether any evidence is chosen for a statement, to open its list. */
  public boolean hasEvidenceFor(Object statementId) {
    String prefix = statementId + "/";
    return evidence.stream().anyMatch(value -> value != null && value.startsWith(prefix));
  }

  /** Whether a piece of evidence is chosen for a statement, for the checkboxes. */
  public boolean chosen(Object statementId, String choiceKey) {
    return evidence.contains(evidenceValue(statementId, choiceKey));
  }

  public String getAssessedOnDay() {
    return assessedOnDay;
  }

  public void setAssessedOnDay(String assessedOnDay) {
    this.assessedOnDay = assessedOnDay;
  }

  public String getAssessedOnMonth() {
    return assessedOnMonth;
  }

  public void setAssessedOnMonth(String assessedOnMonth) {
    this.assessedOnMonth = assessedOnMonth;
  }

  public String getAssessedOnYear() {
    return assessedOnYear;
  }

  public void setAssessedOnYear(String assessedOnYear) {
    this.assessedOnYear = assessedOnYear;
  }

  public Map<String, String> getRatings() {
    return ratings;
  }

  public void setRatings(Map<String, String> ratings) {
    this.ratings = ratings == null ? new LinkedHashMap<>() : ratings;
  }

  public List<String> getEvidence() {
    return evidence;
  }

  public void setEvidence(List<String> evidence) {
    this.evidence = evidence == null ? new ArrayList<>() : evidence;
  }

  public List<GoalRow> getGoals() {
    return goals;
  }

  public void setGoals(List<GoalRow> goals) {
    this.goals = goals == null ? new ArrayList<>() : goals;
  }
}
