package org.strengths.access;

import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;

/** Break-glass events made through this module's own service, for tests of pages that list them. */
public final class WorkFixtures {

  private WorkFixtures() {}

  /** {@code staff} opens the person's record by break-glass, for the reason given. */
  public static void breakGlass(
      ApplicationContext context, StaffMember staff, UUID personId, String reason) {
    context.getBean(BreakGlass.class).grant(staff, new MockHttpSession(), personId, reason);
  }
}
