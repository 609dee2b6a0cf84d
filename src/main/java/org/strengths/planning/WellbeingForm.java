package org.strengths.planning;

import java.util.LinkedHashMap;
import java.util.Map;

/** A wellbeing measure as typed: when, and the answer to each question by its id. */
public class WellbeingForm {

  private String day;
  private String month;
  private String year;
  private Map<String, String> answers = new LinkedHashMap<>();

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public void setAnswers(Map<String, String> answers) {
    this.answers = answers;
  }
}
