package org.strengths.languagecoach;

import jakarta.servlet.http.HttpServletRequest;
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
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * Admins keep the language coach's lexicon: add, edit and retire terms. Every change is audited.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class LexiconAdminController {

  /** A term as typed. {@code active} is "true" for a term in use; unticked retires it. */
  static class LexiconForm {
    private String term;
    private String suggestion;
    private String explanation;
    private String exceptions;
    private boolean active = true;
    private String version = "0";

    static LexiconForm of(LexiconStore.Entry entry) {
      LexiconForm form = new LexiconForm();
      form.term = entry.term();
      form.suggestion = entry.suggestion();
      form.explanation = entry.explanation();
      form.exceptions = entry.exceptions();
      form.active = entry.active();
      form.version = String.valueOf(entry.version());
      return form;
    }

    public String getTerm() {
      return term;
    }

    public void setTerm(String term) {
      this.term = term;
    }

    public String getSuggestion() {
      return suggestion;
    }

    public void setSuggestion(String suggestion) {
      this.suggestion = suggestion;
    }

    public String getExplanation() {
      return explanation;
    }

    public void setExplanation(String explanation) {
      this.explanation = explanation;
    }

    public String getExceptions() {
      return exceptions;
    }

    public void setExceptions(String exceptions) {
      this.exceptions = exceptions;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }

    public String getVersion() {
      return version;
    }

    public void setVersion(String version) {
      this.version = version;
    }
  }

  private static final int SHORT = 200;
  private static final int MEDIUM = 1_000;

  private final LexiconStore store;
  private final LanguageCoach coach;
  private final AuditLog audit;
  private final LanguageCoachText text;

  LexiconAdminController(
      LexiconStore store, LanguageCoach coach, AuditLog audit, LanguageCoachText text) {
    this.store = store;
    this.coach = coach;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/admin/language-coach")
  @PreAuthorize("hasRole('ADMIN')")
  String list(Model model) {
    model.addAttribute("entries", store.all());
    return "languagecoach/lexicon";
  }

  @GetMapping("/admin/language-coach/new")
  @PreAuthorize("hasRole('ADMIN')")
  String newForm(
      @ModelAttribute("form") LexiconForm form, HttpServletRequest request, Model model) {
    return show(
        null,
        PreservedForm.wasRestored(request) ? form : new LexiconForm(),
        model,
        new FormErrors());
  }

  @PostMapping("/admin/language-coach/new")
  @PreAuthorize("hasRole('ADMIN')")
  String add(
      @ModelAttribute("form") LexiconForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    FormErrors errors = check(form, null);
    if (!errors.isEmpty()) {
      return show(null, form, model, errors);
    }
    UUID id = UUID.randomUUID();
    store.insert(
        id,
        FormErrors.typed(form.getTerm()),
        FormErrors.typed(form.getSuggestion()),
        FormErrors.typed(form.getExplanation()),
        FormErrors.typed(form.getExceptions()),
        staff.getUsername());
    audit.record(null, "lexicon", "create", null, FormErrors.typed(form.getTerm()));
    coach.reload();
    redirect.addFlashAttribute("savedMessage", "languagecoach.lexicon.added");
    return "redirect:/admin/language-coach";
  }

  @GetMapping("/admin/language-coach/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String editForm(
      @PathVariable UUID id,
      @ModelAttribute("form") LexiconForm form,
      HttpServletRequest request,
      Model model) {
    LexiconStore.Entry entry = entry(id);
    return show(
        entry,
        PreservedForm.wasRestored(request) ? form : LexiconForm.of(entry),
        model,
        new FormErrors());
  }

  @PostMapping("/admin/language-coach/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String change(
      @PathVariable UUID id,
      @ModelAttribute("form") LexiconForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    LexiconStore.Entry entry = entry(id);
    FormErrors errors = check(form, entry.id());
    if (!errors.isEmpty()) {
      return show(entry, form, model, errors);
    }
    int version;
    try {
      version = Integer.parseInt(form.getVersion());
    } catch (NumberFormatException notANumber) {
      version = -1;
    }
    boolean saved =
        store.update(
            entry.id(),
            version,
            FormErrors.typed(form.getTerm()),
            FormErrors.typed(form.getSuggestion()),
            FormErrors.typed(form.getExplanation()),
            FormErrors.typed(form.getExceptions()),
            form.isActive(),
            staff.getUsername());
    if (!saved) {
      LexiconStore.Entry theirs = entry(id);
      form.setVersion(String.valueOf(theirs.version()));
      errors.add(
          "term",
          text.get(
              "languagecoach.lexicon.conflict",
              theirs.updatedBy(),
              text.moment(theirs.updatedAt())));
      return show(theirs, form, model, errors);
    }
    audit.record(
        null,
        "lexicon",
        form.isActive() ? "change" : "retire",
        null,
        FormErrors.typed(form.getTerm()));
    coach.reload();
    redirect.addFlashAttribute("savedMessage", "languagecoach.lexicon.changed");
    return "redirect:/admin/language-coach";
  }

  private FormErrors check(LexiconForm form, UUID except) {
    FormErrors errors = new FormErrors();
    String term = FormErrors.typed(form.getTerm());
    if (term == null) {
      errors.add("term", text.get("languagecoach.lexicon.error.term"));
    } else if (term.length() > 100) {
      errors.add("term", text.get("languagecoach.lexicon.error.tooLong", "100"));
    } else if (Lexicon.words(term).isEmpty()) {
      errors.add("term", text.get("languagecoach.lexicon.error.termWords"));
    } else if (store.termTaken(term, except)) {
      errors.add("term", text.get("languagecoach.lexicon.error.taken"));
    }
    required(errors, "suggestion", form.getSuggestion(), SHORT);
    required(errors, "explanation", form.getExplanation(), MEDIUM);
    String exceptions = FormErrors.typed(form.getExceptions());
    if (exceptions != null && exceptions.length() > MEDIUM) {
      errors.add("exceptions", text.get("languagecoach.lexicon.error.tooLong", "1,000"));
    }
    return errors;
  }

  private void required(FormErrors errors, String field, String typed, int max) {
    String value = FormErrors.typed(typed);
    if (value == null) {
      errors.add(field, text.get("languagecoach.lexicon.error." + field));
    } else if (value.length() > max) {
      errors.add(field, text.get("languagecoach.lexicon.error.tooLong", String.format("%,d", max)));
    }
  }

  private LexiconStore.Entry entry(UUID id) {
    return store.find(id).orElseThrow(NotFoundException::new);
  }

  private String show(LexiconStore.Entry entry, LexiconForm form, Model model, FormErrors errors) {
    model.addAttribute("entry", entry);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "languagecoach/lexicon-form";
  }
}
