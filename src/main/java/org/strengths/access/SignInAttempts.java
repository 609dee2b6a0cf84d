package org.strengths.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins so that guessing a password locks the account for a while. */
@Component
class SignInAttempts {

  private final StaffAccounts accounts;

  SignInAttempts(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    accounts.recordFailedSignIn(event.getAuthentication().getName());
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof StaffMember staff) {
      accounts.recordSuccessfulSignIn(staff.id());
    }
  }
}
