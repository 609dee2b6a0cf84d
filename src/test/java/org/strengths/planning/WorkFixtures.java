package org.strengths.planning;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.strengths.access.StaffMember;

/** Plans made through this module's own services, for tests of pages elsewhere that list them. */
public final class WorkFixtures {

  private WorkFixtures() {}

  /**
   * An agreed plan started on {@code startedOn} with no review held yet, its review scheduled by
   * the module's own rule (the first review falls 6 to 8 weeks after the plan started).
   */
  public static UUID agreedPlan(
      ApplicationContext context, UUID personId, StaffMember by, LocalDate startedOn) {
    Plans plans = context.getBean(Plans.class);
    PlanStore store = context.getBean(PlanStore.class);
    UUID planId = plans.start(personId, by);
    boolean saved =
        store.updatePlan(
            planId,
            0,
            PlanStore.columns("status", "AGREED", "started_on", startedOn, "agreed_on", startedOn),
            by.getUsername());
    if (!saved) {
      throw new IllegalStateException("Plan not agreed");
    }
    plans.reschedule(planId);
    return planId;
  }

  /**
   * A draft plan with an indicative weekly amount and nothing commissioned yet, so its budget is
   * below the indicative amount and waits for a manager's sign-off.
   */
  public static UUID budgetBelowIndicative(
      ApplicationContext context, UUID personId, StaffMember by, long indicativePence) {
    Plans plans = context.getBean(Plans.class);
    PlanStore store = context.getBean(PlanStore.class);
    UUID planId = plans.start(personId, by);
    if (!store.updatePlan(
        planId,
        0,
        PlanStore.columns("indicative_weekly_pence", indicativePence),
        by.getUsername())) {
      throw new IllegalStateException("Budget not saved");
    }
    return planId;
  }
}
