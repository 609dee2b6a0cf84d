package org.strengths.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council's keep-in-touch protocol for people waiting ({@code strengths.waiting.*}): how many
 * days apart to keep in touch at each triage level by default, and how many days a contact may be
 * late before it is escalated to the team manager.
 *
 * @param urgentDays keep in touch every this many days at "urgent" (default 7)
 * @param soonDays at "soon" (default 14)
 * @param routineDays at "routine" (default 28)
 * @param graceDays a contact this many days late is not escalated yet; one day more is (default 2)
 */
@ConfigurationProperties("strengths.waiting")
record WaitingSettings(
    @DefaultValue("7") int urgentDays,
    @DefaultValue("14") int soonDays,
    @DefaultValue("28") int routineDays,
    @DefaultValue("2") int graceDays) {

  WaitingSettings {
    if (urgentDays < 1 || soonDays < 1 || routineDays < 1 || graceDays < 0) {
      throw new IllegalArgumentException(
          "strengths.waiting: days between contacts must be 1 or more, grace days 0 or more");
    }
  }

  /** The default days between contacts for a level. */
  public int everyDays(TriageLevel level) {
    return switch (level) {
      case URGENT -> urgentDays;
      case SOON -> soonDays;
      case ROUTINE -> routineDays;
    };
  }
}
