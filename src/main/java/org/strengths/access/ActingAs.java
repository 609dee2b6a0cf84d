package org.strengths.access;

import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.strengths.platform.ApplicationClock;

/**
 * Demo data is made through the same services as a signed-in user's, so their access rules, audit
 * and dates apply: this signs a member of staff in for one piece of work at a given moment, and
 * puts back whoever was signed in before.
 */
public final class ActingAs {

  private ActingAs() {}

  /** Runs {@code work} at {@code at}, signed in as {@code member} (or as no one when null). */
  public static <T> T at(StaffMember member, Instant at, Supplier<T> work) {
    SecurityContext before = SecurityContextHolder.getContext();
    if (member != null) {
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
      SecurityContextHolder.setContext(context);
    }
    try {
      return ApplicationClock.at(at, work);
    } finally {
      SecurityContextHolder.setContext(before);
    }
  }
}
