package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

  private final SingleSignOn singleSignOn;

  SignInController(SingleSignOn singleSignOn) {
    this.singleSignOn = singleSignOn;
  }

  @GetMapping("/sign-in")
  @PreAuthorize("permitAll()")
  String signIn(HttpServletRequest request, Model model) {
    model.addAttribute("failed", request.getParameter("error") != null);
    model.addAttribute("expired", request.getParameter("expired") != null);
    model.addAttribute("signedOut", request.getParameter("signedOut") != null);
    model.addAttribute("tooMany", request.getParameter("tooMany") != null);
    model.addAttribute("localPasswords", singleSignOn.localPasswords());
    model.addAttribute("passwordsOff", request.getParameter("passwordsOff") != null);
    model.addAttribute("singleSignOn", singleSignOn.enabled());
    model.addAttribute(
        "providerFailed", singleSignOn.enabled() && request.getParameter("providerFailed") != null);
    model.addAttribute(
        "providerUnavailable",
        singleSignOn.enabled() && request.getParameter("providerUnavailable") != null);
    model.addAttribute("providerName", singleSignOn.providerName());
    model.addAttribute("singleSignOnStart", SingleSignOn.START);
    return "access/sign-in";
  }

  /**
   * Reached only when Spring Security's filter did not send the person to the provider: single
   * sign-on is not configured, or the provider cannot be reached just now.
   */
  @GetMapping(SingleSignOn.START)
  @PreAuthorize("permitAll()")
  String providerUnavailable() {
    return "redirect:/sign-in" + (singleSignOn.enabled() ? "?providerUnavailable" : "");
  }

  /**
   * Someone who signed in at the organisation's provider but has no usable account here: a refusal
   * (403) that tells them what to ask their administrator, with the value their administrator
   * needs. The value comes from the session (it is never put in a URL, which would log it).
   */
  @GetMapping(SingleSignOn.NOT_RECOGNISED)
  @PreAuthorize("permitAll()")
  String notRecognised(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    HttpSession session = request.getSession(false);
    String signedInAs = null;
    if (session != null) {
      signedInAs = (String) session.getAttribute(SingleSignOn.REFUSED_AS);
    }
    model.addAttribute("disabled", request.getParameter("disabled") != null);
    model.addAttribute("locked", request.getParameter("locked") != null);
    model.addAttribute(
        "signedInAs", signedInAs == null || signedInAs.isBlank() ? null : signedInAs);
    model.addAttribute("providerName", singleSignOn.providerName());
    model.addAttribute("singleSignOnStart", SingleSignOn.START);
    return "access/not-recognised";
  }
}
