package org.strengths.access;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refusals answer 403 with the service's own page. When the refusal is a form whose CSRF token is
 * missing, stale or altered, the page says so ("go back and try again") instead of suggesting the
 * visitor lacks access.
 */
final class FormExpiredPage implements AccessDeniedHandler {

  /** Request attribute the 403 page reads to tell an expired form from a page out of reach. */
  static final String FORM_EXPIRED = "formExpired";

  private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    if (denied instanceof CsrfException) {
      request.setAttribute(FORM_EXPIRED, Boolean.TRUE);
    }
    refuse.handle(request, response, denied);
  }
}
