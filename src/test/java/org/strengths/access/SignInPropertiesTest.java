package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignInPropertiesTest {

  private static final List<String> SCOPES = List.of("openid", "profile", "email");

  @Test
  void singleSignOnIsOffWhileNoIssuerIsSet() {
    var oidc = new SignInProperties.Oidc("", "", "", "your organisation account", "email", SCOPES);

    assertThat(new SignInProperties(true, oidc).oidc().configured()).isFalse();
  }

  @Test
  void refusesToTurnPasswordsOffWithoutSingleSignOnSoThatSomeoneCanStillSignIn() {
    var none = new SignInProperties.Oidc("", "", "", "your organisation account", "email", SCOPES);

    assertThatThrownBy(() -> new SignInProperties(false, none))
        .hasMessageContaining("strengths.sign-in.local-passwords=false needs single sign-on");
  }

  @Test
  void refusesAnIssuerWithoutAClientId() {
    assertThatThrownBy(
            () ->
                new SignInProperties.Oidc(
                    "https://login.example/tenant/v2.0", "", "secret", "Council", "oid", SCOPES))
        .hasMessageContaining("strengths.sign-in.oidc.client-id");
  }

  @Test
  void acceptsPasswordsOffOnceAProviderIsConfigured() {
    var entra =
        new SignInProperties.Oidc(
            "https://login.microsoftonline.com/tenant/v2.0",
            "client",
            "secret",
            "your council Microsoft account",
            "oid",
            SCOPES);

    assertThat(new SignInProperties(false, entra).localPasswords()).isFalse();
  }
}
