package org.strengths.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff sign in: with local passwords, with the organisation's OpenID Connect provider, or both
 * (docs/adr/0060).
 *
 * @param localPasswords false turns the username and password form off (single sign-on only)
 * @param oidc the identity provider; single sign-on is off while its issuer is not set
 */
@ConfigurationProperties("strengths.sign-in")
record SignInProperties(@DefaultValue("true") boolean localPasswords, @DefaultValue Oidc oidc) {

  SignInProperties {
    if (!localPasswords && !oidc.configured()) {
      throw new IllegalStateException(
          "strengths.sign-in.local-passwords=false needs single sign-on:"
              + " set strengths.sign-in.oidc.issuer-uri, client-id and client-secret");
    }
  }

  /**
   * The organisation's OpenID Connect provider (Microsoft Entra ID, Okta, Keycloak, Google
   * Workspace or any other), found from its issuer's discovery document.
   *
   * @param issuerUri for Entra ID {@code https://login.microsoftonline.com/<tenant id>/v2.0}
   * @param providerName what the sign-in button says: "Sign in with {providerName}"
   * @param claim the ID token claim whose value names the member of staff: matched to the account's
   *     sign-in id, else its username
   * @param scopes asked for at sign-in; {@code openid} is always asked for
   */
  record Oidc(
      String issuerUri,
      String clientId,
      String clientSecret,
      @DefaultValue("your organisation account") String providerName,
      @DefaultValue("email") String claim,
      @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {

    Oidc {
      if (issuerUri != null && !issuerUri.isBlank()) {
        if (clientId == null || clientId.isBlank()) {
          throw new IllegalStateException(
              "strengths.sign-in.oidc.issuer-uri is set: set strengths.sign-in.oidc.client-id too");
        }
        if (claim == null || claim.isBlank()) {
          throw new IllegalStateException("strengths.sign-in.oidc.claim must name a claim");
        }
      }
    }

    boolean configured() {
      return issuerUri != null && !issuerUri.isBlank();
    }
  }
}
