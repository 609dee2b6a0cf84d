package org.strengths.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins so that guessing a password locks the account for a while, and so that an
 * address that fails too often is refused for a while ({@link SignInAddresses}).
 */
@Component
class SignInAttempts {

  private final StaffAccounts accounts;
  private final SignInAddresses addresses;

  SignInAttempts(StaffAccounts accounts, SignInAddresses addresses) {
    this.accounts = accounts;
    this.addresses = addresses;
  }

  /** Any failure from a sign-in form (wrong password, unknown or locked account) counts. */
  @EventListener
  void failedFromAddress(AbstractAuthenticationFailureEvent event) {
    if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
      addresses.recordFailure(details.getRemoteAddress());
    }
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
