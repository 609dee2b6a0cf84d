package org.strengths.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What is typed into the case-file audit forms, exactly as typed, so nothing is lost. */
final class AuditForms {

  private AuditForms() {}

  /** Setting up an audit: which template, team and month, how to sample and who audits. */
  public static class Setup {
    private String template;
    private String team;
    private String month;
    private String sampling = "RANDOM";
    private String worker;
    private String situation;
    private String reason;
    private String size = "4";
    private String seed;
    private String auditor;
    private String moderator;

    public String getTemplate() {
      return template;
    }

    public void setTemplate(String template) {
      this.template = template;
    }

    public String getTeam() {
      return team;
    }

    public void setTeam(String team) {
      this.team = team;
    }

    public String getMonth() {
      return month;
    }

    public void setMonth(String month) {
      this.month = month;
    }

    public String getSampling() {
      return sampling;
    }

    public void setSampling(String sampling) {
      this.sampling = sampling;
    }

    public String getWorker() {
      return worker;
    }

    public void setWorker(String worker) {
      this.worker = worker;
    }

    public String getSituation() {
      return situation;
    }

    public void setSituation(String situation) {
      this.situation = situation;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public String getSize() {
      return size;
    }

    public void setSize(String size) {
      this.size = size;
    }

    public String getSeed() {
      return seed;
    }

    public void setSeed(String seed) {
      this.seed = seed;
    }

    public String getAuditor() {
      return auditor;
    }

    public void setAuditor(String auditor) {
      this.auditor = auditor;
    }

    public String getModerator() {
      return moderator;
    }

    public void setModerator(String moderator) {
      this.moderator = moderator;
    }
  }

  /**
   * Scores for one record: {@code score[position]} (1 to 4) and {@code narrative[position]} for
   * each question, and the feedback to the worker.
   */
  public static class Scores {
    private Map<String, String> score = new LinkedHashMap<>();
    private Map<String, String> narrative = new LinkedHashMap<>();
    private String feedback;

    public Map<String, String> getScore() {
      return score;
    }

    public void setScore(Map<String, String> score) {
      this.score = score;
    }

    public Map<String, String> getNarrative() {
      return narrative;
    }

    public void setNarrative(Map<String, String> narrative) {
      this.narrative = narrative;
    }

    public String getFeedback() {
      return feedback;
    }

    public void setFeedback(String feedback) {
      this.feedback = feedback;
    }
  }

  /** The worker's response to feedback. */
  public static class Response {
    private String response;

    public String getResponse() {
      return response;
    }

    public void setResponse(String response) {
      this.response = response;
    }
  }

  /** A new template: its name, what it is for, and up to {@link #ROWS} questions. */
  public static class NewTemplate {
    static final int ROWS = 12;

    private String name;
    private String description;
    private List<String> question = blank();
    private List<String> evidence = blank();

    private static List<String> blank() {
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < ROWS; i++) {
        rows.add("");
      }
      return rows;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public List<String> getQuestion() {
      return question;
    }

    public void setQuestion(List<String> question) {
      this.question = question;
    }

    public List<String> getEvidence() {
      return evidence;
    }

    public void setEvidence(List<String> evidence) {
      this.evidence = evidence;
    }
  }
}
