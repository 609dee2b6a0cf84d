package org.strengths.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.strengths.platform.web.DateInput;

/**
 * What was typed on the review page. A bean rather than a record because each outcome adds its own
 * fields ({@code rating[outcome id]}, {@code words[...]}, {@code gas[...]}), bound into maps.
 */
public class ReviewForm {

  private String heldDay;
  private String heldMonth;
  private String heldYear;
  private String reason;
  private String unplannedReason;
  private String method;
  private String working;
  private String notWorking;
  private String packageChanged;
  private Map<String, String> rating = new LinkedHashMap<>();
  private Map<String, String> words = new LinkedHashMap<>();
  private Map<String, String> gas = new LinkedHashMap<>();
  private Map<String, String> ons4 = new LinkedHashMap<>();
  private String version;

  static ReviewForm startingOn(LocalDate today, Plan plan, String openRequestReason) {
    ReviewForm form = new ReviewForm();
    form.heldDay = DateInput.day(today);
    form.heldMonth = DateInput.month(today);
    form.heldYear = DateInput.year(today);
    if (openRequestReason != null) {
      form.reason = PlanningCldEvents.ReviewReason.UNPLANNED.name();
      form.unplannedReason = openRequestReason;
    }
    form.version = String.valueOf(plan.version());
    return form;
  }

  /**
   * Starts from what the person said on their own pages: their rating of each outcome still in the
   * plan, what is working and not, and their ONS4 answers. The practitioner checks it with them.
   */
  void startFrom(HowItsGoing.Said said, java.util.List<Outcome> outcomes) {
    for (Outcome outcome : outcomes) {
      String rated = said.ratings().get(outcome.id());
      if (rated != null) {
        rating.put(outcome.id().toString(), rated);
      }
    }
    working = said.working();
    notWorking = said.notWorking();
    said.ons4().forEach((question, answer) -> ons4.put(question, String.valueOf(answer)));
  }

  public String getHeldDay() {
    return heldDay;
  }

  public void setHeldDay(String heldDay) {
    this.heldDay = heldDay;
  }

  public String getHeldMonth() {
    return heldMonth;
  }

  public void setHeldMonth(String heldMonth) {
    this.heldMonth = heldMonth;
  }

  public String getHeldYear() {
    return heldYear;
  }

  public void setHeldYear(String heldYear) {
    this.heldYear = heldYear;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getUnplannedReason() {
    return unplannedReason;
  }

  public void setUnplannedReason(String unplannedReason) {
    this.unplannedReason = unplannedReason;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getWorking() {
    return working;
  }

  public void setWorking(String working) {
    this.working = working;
  }

  public String getNotWorking() {
    return notWorking;
  }

  public void setNotWorking(String notWorking) {
    this.notWorking = notWorking;
  }

  public String getPackageChanged() {
    return packageChanged;
  }

  public void setPackageChanged(String packageChanged) {
    this.packageChanged = packageChanged;
  }

  public Map<String, String> getRating() {
    return rating;
  }

  public void setRating(Map<String, String> rating) {
    this.rating = rating;
  }

  public Map<String, String> getWords() {
    return words;
  }

  public void setWords(Map<String, String> words) {
    this.words = words;
  }

  public Map<String, String> getGas() {
    return gas;
  }

  public void setGas(Map<String, String> gas) {
    this.gas = gas;
  }

  public Map<String, String> getOns4() {
    return ons4;
  }

  public void setOns4(Map<String, String> ons4) {
    this.ons4 = ons4;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
