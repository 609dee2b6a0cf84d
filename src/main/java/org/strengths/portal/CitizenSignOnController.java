package org.strengths.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.strengths.platform.web.NotFoundException;

/**
 * The pages around signing in with a citizen identity provider (docs/adr/0163): what the sign-in
 * page offers, the page for someone the provider signed in but no invitation names, and the start
 * of sign-in when it could not go to the provider.
 */
@Controller
class CitizenSignOnController {

  private final CitizenSignOn citizenSignOn;

  CitizenSignOnController(CitizenSignOn citizenSignOn) {
    this.citizenSignOn = citizenSignOn;
  }

  /**
   * Reached only when Spring Security's filter did not send the person to the provider: no provider
   * is configured (nothing is here), or it cannot be reached just now.
   */
  @GetMapping(CitizenSignOn.START)
  @PreAuthorize("permitAll()")
  String providerUnavailable() {
    if (!citizenSignOn.enabled()) {
      throw new NotFoundException();
    }
    return "redirect:" + PersonPagesSecurity.SIGN_IN + "?providerUnavailable";
  }

  /**
   * Someone the provider signed in whom no open invitation names: a refusal (403) in plain words,
   * telling them to ask their worker. Nothing about them is shown or kept.
   */
  @GetMapping(CitizenSignOn.NOT_FOUND)
  @PreAuthorize("permitAll()")
  String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
    if (!citizenSignOn.enabled()) {
      throw new NotFoundException();
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("notVerified", request.getParameter("notVerified") != null);
    model.addAttribute("otherAccount", request.getParameter("otherAccount") != null);
    model.addAttribute("providerName", citizenSignOn.providerName());
    model.addAttribute("codes", citizenSignOn.codes());
    return "portal/my-sign-in-not-found";
  }

  /** What the person's sign-in page offers: the provider's button, the code, or both. */
  @ControllerAdvice(assignableTypes = MySignInController.class)
  static class SignInChoices {

    private final CitizenSignOn citizenSignOn;

    SignInChoices(CitizenSignOn citizenSignOn) {
      this.citizenSignOn = citizenSignOn;
    }

    @ModelAttribute
    void choices(HttpServletRequest request, Model model) {
      boolean provider = citizenSignOn.enabled();
      model.addAttribute("providerSignIn", provider);
      model.addAttribute("codeSignIn", citizenSignOn.codes());
      model.addAttribute("providerName", citizenSignOn.providerName());
      model.addAttribute("providerStart", CitizenSignOn.START);
      model.addAttribute(
          "providerFailed", provider && request.getParameter("providerFailed") != null);
      model.addAttribute(
          "providerUnavailable", provider && request.getParameter("providerUnavailable") != null);
      model.addAttribute(
          "codesOff", !citizenSignOn.codes() && request.getParameter("codesOff") != null);
    }
  }
}
