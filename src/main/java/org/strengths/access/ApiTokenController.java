package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.platform.Display;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * Administrators issue API tokens to named members of staff and revoke them. A new token's secret
 * is shown once, on the page after issuing, and never again.
 */
@Controller
class ApiTokenController {

  private static final String ISSUED = "issuedToken";

  private final ApiTokens tokens;
  private final AuditLog audit;
  private final Clock clock;
  private final AccessText text;

  ApiTokenController(ApiTokens tokens, AuditLog audit, Clock clock, AccessText text) {
    this.text = text;
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/admin/api-tokens")
  @PreAuthorize("hasRole('ADMIN')")
  String list(HttpServletRequest request, Model model) {
    IssueTokenForm form =
        PreservedForm.wasRestored(request)
            ? new IssueTokenForm(request.getParameter("staffId"), request.getParameter("label"))
            : new IssueTokenForm("", "");
    return show(model, form, FormErrors.none());
  }

  @PostMapping("/admin/api-tokens")
  @PreAuthorize("hasRole('ADMIN')")
  String issue(
      @ModelAttribute IssueTokenForm form,
      @AuthenticationPrincipal StaffMember admin,
      Model model,
      RedirectAttributes redirect) {
    Optional<ApiTokens.Holder> holder =
        tokens.holders().stream()
            .filter(each -> each.id().toString().equals(form.staffId()))
            .findFirst();
    FormErrors errors = form.validate(holder.isPresent(), text);
    if (errors.any()) {
      return show(model, form, errors);
    }
    String secret = tokens.issue(holder.get().id(), form.label(), admin);
    audit.record(null, "api-token", "issue", null, "for " + holder.get().username());
    redirect.addFlashAttribute(
        ISSUED, new Issued(secret, holder.get().displayName(), form.label()));
    return "redirect:/admin/api-tokens/issued";
  }

  /** Shows the secret once: it travels as a flash attribute, gone after this request. */
  @GetMapping("/admin/api-tokens/issued")
  @PreAuthorize("hasRole('ADMIN')")
  String issued(Model model) {
    if (!model.containsAttribute(ISSUED)) {
      return "redirect:/admin/api-tokens";
    }
    return "access/api-token-issued";
  }

  @GetMapping("/admin/api-tokens/{id}/revoke")
  @PreAuthorize("hasRole('ADMIN')")
  String confirmRevoke(@PathVariable UUID id, Model model) {
    ApiTokens.Token token = live(id);
    model.addAttribute("token", token);
    return "access/api-token-revoke";
  }

  @PostMapping("/admin/api-tokens/{id}/revoke")
  @PreAuthorize("hasRole('ADMIN')")
  String revoke(
      @PathVariable UUID id,
      @AuthenticationPrincipal StaffMember admin,
      RedirectAttributes redirect) {
    ApiTokens.Token token = live(id);
    if (tokens.revoke(id, admin)) {
      audit.record(null, "api-token", "revoke", null, "for " + token.holderUsername());
      redirect.addFlashAttribute("revokedLabel", token.label());
      redirect.addFlashAttribute("revokedHolder", token.holderName());
    }
    return "redirect:/admin/api-tokens";
  }

  private ApiTokens.Token live(UUID id) {
    return tokens
        .find(id)
        .filter(token -> !token.revoked())
        .orElseThrow(() -> new NotFoundException());
  }

  private String show(Model model, IssueTokenForm form, FormErrors errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("holders", tokens.holders());
    model.addAttribute(
        "tokens",
        tokens.all().stream()
            .map(
                token ->
                    new Row(
                        token.id(),
                        token.holderName(),
                        token.holderUsername(),
                        token.label(),
                        Display.momentOf(token.createdAt(), clock.getZone()),
                        Display.momentOf(token.lastUsedAt(), clock.getZone()),
                        Display.momentOf(token.revokedAt(), clock.getZone()),
                        token.revoked()))
            .toList());
    model.addAttribute("maxLabel", ApiTokens.MAX_LABEL);
    return "access/api-tokens";
  }

  /** What was typed to issue a token: whose it is and what it is for. */
  record IssueTokenForm(String staffId, String label) {

    IssueTokenForm {
      staffId = FormErrors.text(staffId);
      label = FormErrors.text(label);
    }

    FormErrors validate(boolean knownHolder, AccessText text) {
      FormErrors errors = new FormErrors();
      if (!knownHolder) {
        errors.add("staffId", text.get("apiTokens.staffId.missing"));
      }
      if (label.isEmpty()) {
        errors.add("label", text.get("apiTokens.label.missing"));
      } else if (label.length() > ApiTokens.MAX_LABEL) {
        errors.add("label", text.get("apiTokens.label.tooLong"));
      }
      return errors;
    }
  }

  /** A token as the list shows it: times already written out, empty when they never happened. */
  record Row(
      UUID id,
      String holderName,
      String holderUsername,
      String label,
      String created,
      String lastUsed,
      String revokedOn,
      boolean revoked) {}

  /** What the page after issuing shows, once. */
  record Issued(String secret, String holderName, String label) implements java.io.Serializable {}
}
