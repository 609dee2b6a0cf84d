package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's masked ("XOR") CSRF tokens, except that a token which does not decode counts as
 * a wrong token (403) rather than an error (500).
 *
 * <p>The stock handler base64-decodes the submitted token, XORs it with its mask and decodes the
 * result as UTF-8. It catches bad base64, but when a character is altered so that the unmasked
 * bytes are no longer valid UTF-8 (about half the positions of a real token), {@code Utf8.decode}
 * throws {@link IllegalArgumentException} ("Decoding failed") out of the filter chain and the
 * visitor gets the generic error page.
 */
final class MalformedCsrfTokenRefused implements CsrfTokenRequestHandler {

  private final XorCsrfTokenRequestAttributeHandler masked =
      new XorCsrfTokenRequestAttributeHandler();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
    masked.handle(request, response, csrfToken);
  }

  @Override
  public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
    try {
      return masked.resolveCsrfTokenValue(request, csrfToken);
    } catch (IllegalArgumentException malformed) {
      // No usable token was sent: the CSRF filter refuses the request with 403.
      return null;
    }
  }
}
