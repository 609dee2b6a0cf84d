package org.strengths.portal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the person typed on "How it's going". A bean rather than a record because each outcome and
 * question adds its own field ({@code rating[outcome id]}, {@code ons4[question id]}), bound into
 * maps.
 */
public class HowItsGoingForm {

  private String version;
  private String working;
  private String notWorking;
  private Map<String, String> rating = new LinkedHashMap<>();
  private Map<String, String> ons4 = new LinkedHashMap<>();

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
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

  public Map<String, String> getRating() {
    return rating;
  }

  public void setRating(Map<String, String> rating) {
    this.rating = rating;
  }

  public Map<String, String> getOns4() {
    return ons4;
  }

  public void setOns4(Map<String, String> ons4) {
    this.ons4 = ons4;
  }
}
