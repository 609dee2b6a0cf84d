package org.strengths.practice;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * The statements practitioners assess themselves against, and the page where an administrator or
 * the principal social worker pastes in a statement's full wording with the licence the council
 * uses it under (docs/adr/0150). Changes are audited.
 */
@Controller
class StatementController {

  static final String ROLES = "hasAnyRole('ADMIN','PRINCIPAL_SOCIAL_WORKER')";

  private final StatementStore statements;
  private final AuditLog audit;
  private final PracticeText text;
  private final Clock clock;

  StatementController(StatementStore statements, AuditLog audit, PracticeText text, Clock clock) {
    this.statements = statements;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  @ExceptionHandler(SelfAssessmentRefused.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String refused() {
    return "development/private";
  }

  @GetMapping("/development/statements")
  @PreAuthorize(ROLES)
  String list(Model model) {
    model.addAttribute("statements", statements.all());
    model.addAttribute("text", text);
    return "development/statements";
  }

  @GetMapping("/development/statements/{statementId}")
  @PreAuthorize(ROLES)
  String form(@PathVariable UUID statementId, Model model) {
    Statement statement = statements.find(statementId).orElseThrow(NotFoundException::new);
    return page(
        statement,
        statement.wording(),
        statement.wordingLicence(),
        statement.version(),
        model,
        FormErrors.none());
  }

  @PostMapping("/development/statements/{statementId}")
  @PreAuthorize(ROLES)
  String load(
      @PathVariable UUID statementId,
      @RequestParam(required = false) String wording,
      @RequestParam(required = false) String licence,
      @RequestParam(required = false, defaultValue = "-1") int version,
      @AuthenticationPrincipal StaffMember me,
      Model model,
      RedirectAttributes redirect) {
    if (!SelfAssessmentAccess.mayLoadWording(me)) {
      throw new SelfAssessmentRefused();
    }
    Statement statement = statements.find(statementId).orElseThrow(NotFoundException::new);
    FormErrors errors =
        FormErrors.inFormOrder("conflict", "wording", "licence")
            .addAll(text.resolveKeys(StatementWording.check(wording, licence)));
    if (errors.any()) {
      return page(statement, wording, licence, version, model, errors);
    }
    boolean saved =
        statements.loadWording(
            statementId,
            StatementWording.stored(wording),
            StatementWording.stored(licence),
            version,
            me.getUsername(),
            clock.instant().truncatedTo(ChronoUnit.MICROS));
    if (!saved) {
      Statement theirs = statements.find(statementId).orElseThrow();
      errors.add(
          "conflict",
          "wording",
          text.get(
              "development.statement.conflict",
              theirs.wordingLoadedBy() == null ? "" : theirs.wordingLoadedBy()));
      model.addAttribute("theirs", theirs);
      return page(theirs, wording, licence, theirs.version(), model, errors);
    }
    audit.record(
        null, SelfAssessments.AUDIT_SECTION, "load-wording", null, "statement " + statementId);
    redirect.addFlashAttribute("savedMessage", "development.saved.wording");
    return "redirect:/development/statements";
  }

  private String page(
      Statement statement,
      String wording,
      String licence,
      int version,
      Model model,
      FormErrors errors) {
    model.addAttribute("statement", statement);
    model.addAttribute("wording", wording);
    model.addAttribute("licence", licence);
    model.addAttribute("version", version);
    model.addAttribute("maxWording", StatementWording.MAX_WORDING);
    model.addAttribute("errors", errors);
    return "development/statement";
  }
}
