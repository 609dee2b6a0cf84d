package org.strengths.practice;

import java.util.ArrayList;
import java.util.List;
import org.strengths.platform.web.DateInput;

/** What a worker types about their learning, kept as typed. */
public class LearningForm {

  static final int MAX_TITLE = 200;
  static final int MAX_LEARNED = 2_000;

  private String kind;
  private String title;
  private String heldOnDay;
  private String heldOnMonth;
  private String heldOnYear;
  private String hours;
  private String learned;
  private List<String> statements = new ArrayList<>();

  DateInput.Result heldOn() {
    return DateInput.read(heldOnDay, heldOnMonth, heldOnYear);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getHeldOnDay() {
    return heldOnDay;
  }

  public void setHeldOnDay(String heldOnDay) {
    this.heldOnDay = heldOnDay;
  }

  public String getHeldOnMonth() {
    return heldOnMonth;
  }

  public void setHeldOnMonth(String heldOnMonth) {
    this.heldOnMonth = heldOnMonth;
  }

  public String getHeldOnYear() {
    return heldOnYear;
  }

  public void setHeldOnYear(String heldOnYear) {
    this.heldOnYear = heldOnYear;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public String getLearned() {
    return learned;
  }

  public void setLearned(String learned) {
    this.learned = learned;
  }

  public List<String> getStatements() {
    return statements;
  }

  public void setStatements(List<String> statements) {
    this.statements = statements == null ? new ArrayList<>() : statements;
  }
}
