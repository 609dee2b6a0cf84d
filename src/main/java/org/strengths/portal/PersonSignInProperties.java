package org.strengths.portal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in to their own pages: with a one-time code, with a citizen identity provider
 * (GOV.UK One Login, NHS login), or both (docs/adr/0111, 0163).
 *
 * @param codes false turns the one-time code off (the provider only)
 * @param oidc the citizen identity provider; off while its issuer is not set
 */
@ConfigurationProperties("strengths.portal.sign-in")
record PersonSignInProperties(@DefaultValue("true") boolean codes, @DefaultValue Oidc oidc) {

  PersonSignInProperties {
    if (!codes && !oidc.configured()) {
      throw new IllegalStateException(
          "strengths.portal.sign-in.codes=false needs an identity provider:"
              + " set strengths.portal.sign-in.oidc.issuer-uri and client-id");
    }
  }

  /**
   * A citizen OpenID Connect provider, found from its issuer's discovery document.
   *
   * @param issuerUri for GOV.UK One Login {@code https://oidc.account.gov.uk/}, for NHS login
   *     {@code https://auth.login.nhs.uk}
   * @param clientId the client id the provider gave this service
   * @param clientSecret a client secret, for providers that use one (empty with a private key)
   * @param privateKey the RSA private key (PEM, PKCS#8) whose public half the provider holds: the
   *     client signs its token request with it ({@code private_key_jwt}, which both One Login and
   *     NHS login use); it wins over a client secret
   * @param keyId the key's id ({@code kid}) when the provider asks for one
   * @param providerName what the button says: "Sign in with {providerName}"
   * @param claim the verified claim matched to the invited address: {@code email} or {@code
   *     phone_number} (its {@code _verified} claim must be true)
   * @param scopes asked for at sign-in; {@code openid} is always asked for
   * @param idTokenAlgorithm how the provider signs its ID tokens (One Login ES256, NHS login RS512)
   * @param authorizationParameters extra parameters of the request to the provider, such as One
   *     Login's {@code vtr}
   */
  record Oidc(
      String issuerUri,
      String clientId,
      String clientSecret,
      String privateKey,
      String keyId,
      @DefaultValue("GOV.UK One Login") String providerName,
      @DefaultValue("email") String claim,
      @DefaultValue({"openid", "email"}) List<String> scopes,
      @DefaultValue("RS256") String idTokenAlgorithm,
      @DefaultValue Map<String, String> authorizationParameters) {

    Oidc {
      authorizationParameters =
          authorizationParameters == null ? Map.of() : Map.copyOf(authorizationParameters);
      if (issuerUri != null && !issuerUri.isBlank()) {
        if (clientId == null || clientId.isBlank()) {
          throw new IllegalStateException(
              "strengths.portal.sign-in.oidc.issuer-uri is set: set its client-id too");
        }
        if (!"email".equals(claim) && !"phone_number".equals(claim)) {
          throw new IllegalStateException(
              "strengths.portal.sign-in.oidc.claim must be email or phone_number, not " + claim);
        }
      }
    }

    boolean configured() {
      return issuerUri != null && !issuerUri.isBlank();
    }

    boolean signsWithKey() {
      return privateKey != null && !privateKey.isBlank();
    }

    boolean hasSecret() {
      return clientSecret != null && !clientSecret.isBlank();
    }
  }
}
