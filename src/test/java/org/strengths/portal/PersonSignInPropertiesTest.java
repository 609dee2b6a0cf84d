package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a council can and cannot set for people's sign-in with a provider (docs/adr/0163). */
class PersonSignInPropertiesTest {

  private static PersonSignInProperties.Oidc provider(String claim, String privateKey) {
    return new PersonSignInProperties.Oidc(
        "https://oidc.account.gov.uk/",
        "client",
        null,
        privateKey,
        "key-1",
        "GOV.UK One Login",
        claim,
        List.of("openid", "email"),
        "ES256",
        Map.of());
  }

  private static PersonSignInProperties.Oidc none() {
    return new PersonSignInProperties.Oidc(
        "", "", null, null, null, "GOV.UK One Login", "email", List.of(), "RS256", null);
  }

  private static String pkcs8() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder()
            .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  @Test
  void codesCannotBeTurnedOffWithoutAProvider() {
    assertThatThrownBy(() -> new PersonSignInProperties(false, none()))
        .hasMessageContaining("strengths.portal.sign-in.codes=false needs an identity provider");
    assertThat(new PersonSignInProperties(true, none()).oidc().configured()).isFalse();
  }

  @Test
  void onlyAnEmailAddressOrAPhoneNumberCanBeMatchedToAnInvitation() {
    assertThat(provider("email", null).configured()).isTrue();
    assertThat(provider("phone_number", null).configured()).isTrue();
    assertThatThrownBy(() -> provider("preferred_username", null))
        .hasMessageContaining("must be email or phone_number");
  }

  @Test
  void thePrivateKeyIsTakenAsTextOrFromAFileWithItsKeyId(@TempDir Path folder) throws Exception {
    String pem = pkcs8();
    Path file = folder.resolve("key.pem");
    Files.writeString(file, pem);

    JWK fromText = CitizenSignOn.signingKey(provider("email", pem));
    JWK fromFile = CitizenSignOn.signingKey(provider("email", file.toString()));

    assertThat(fromText.isPrivate()).isTrue();
    assertThat(fromText.getKeyID()).isEqualTo("key-1");
    assertThat(fromFile.toPublicJWK()).isEqualTo(fromText.toPublicJWK());
  }

  @Test
  void anOldStyleRsaKeyIsRefusedWithHowToConvertIt() {
    String pkcs1 = "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n";

    assertThatThrownBy(() -> CitizenSignOn.signingKey(provider("email", pkcs1)))
        .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
  }
}
