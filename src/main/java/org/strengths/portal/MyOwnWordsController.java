package org.strengths.portal;

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
import org.strengths.planning.OwnWords;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.Ids;
import org.strengths.platform.web.NotFoundException;

/**
 * "In my own words" on the person's own pages (issue 13 item 3, ADR 0113): the person writes or
 * changes "about me", what matters to them, what a good life looks like and the words of their
 * agreed plan's outcomes. Planning keeps every change and sends a change to the agreed plan to the
 * practitioner as a proposal. Only the signed-in person's own record; every view and change audited
 * as the person. The words are kept as typed: no language coach.
 */
@Controller
class MyOwnWordsController {

  static final String SECTION = "my-own-words";

  /** The page's form: the words and the plan's version when the page was opened. */
  record OwnWordsForm(String words, String version) {}

  private final AuditLog audit;
  private final OwnWords ownWords;
  private final MyPagesText text;

  MyOwnWordsController(AuditLog audit, OwnWords ownWords, MyPagesText text) {
    this.audit = audit;
    this.ownWords = ownWords;
    this.text = text;
  }

  @GetMapping("/my/own-words")
  @PreAuthorize("hasRole('PERSON')")
  String overview(@AuthenticationPrincipal PersonSignedIn person, Model model) {
    OwnWords.Mine mine = ownWords.mine(person.personId());
    audit.recordByThePerson(person.personId(), SECTION, "view", null);
    model.addAttribute("person", person);
    model.addAttribute("mine", mine);
    return "portal/my-own-words";
  }

  @GetMapping("/my/own-words/{slug:about-me|what-matters|good-life}")
  @PreAuthorize("hasRole('PERSON')")
  String partForm(
      @AuthenticationPrincipal PersonSignedIn person,
      @PathVariable String slug,
      @ModelAttribute("form") OwnWordsForm form,
      HttpServletRequest request,
      Model model) {
    OwnWords.Part part = OwnWords.Part.ofSlug(slug).orElseThrow(NotFoundException::new);
    OwnWords.Mine mine = ownWords.mine(person.personId());
    audit.recordByThePerson(person.personId(), SECTION, "view", slug);
    if (!PreservedForm.wasRestored(request)) {
      model.addAttribute(
          "form", new OwnWordsForm(mine.part(part).orElseThrow().latest(), mine.planVersion()));
    }
    return page(person, part, null, mine, model, new FormErrors());
  }

  @PostMapping("/my/own-words/{slug:about-me|what-matters|good-life}")
  @PreAuthorize("hasRole('PERSON')")
  String writePart(
      @AuthenticationPrincipal PersonSignedIn person,
      @PathVariable String slug,
      @ModelAttribute("form") OwnWordsForm form,
      Model model,
      RedirectAttributes redirect) {
    OwnWords.Part part = OwnWords.Part.ofSlug(slug).orElseThrow(NotFoundException::new);
    return write(person, part, null, form, model, redirect);
  }

  @GetMapping("/my/own-words/outcomes/{outcomeId}")
  @PreAuthorize("hasRole('PERSON')")
  String outcomeForm(
      @AuthenticationPrincipal PersonSignedIn person,
      @PathVariable String outcomeId,
      @ModelAttribute("form") OwnWordsForm form,
      HttpServletRequest request,
      Model model) {
    OwnWords.Mine mine = ownWords.mine(person.personId());
    OwnWords.OutcomeNow outcome = outcomeOf(mine, outcomeId);
    audit.recordByThePerson(person.personId(), SECTION, "view", "outcome");
    if (!PreservedForm.wasRestored(request)) {
      String start = outcome.waiting() != null ? outcome.waiting().words() : outcome.words();
      model.addAttribute("form", new OwnWordsForm(start, mine.planVersion()));
    }
    return page(person, OwnWords.Part.OUTCOME, outcome, mine, model, new FormErrors());
  }

  @PostMapping("/my/own-words/outcomes/{outcomeId}")
  @PreAuthorize("hasRole('PERSON')")
  String writeOutcome(
      @AuthenticationPrincipal PersonSignedIn person,
      @PathVariable String outcomeId,
      @ModelAttribute("form") OwnWordsForm form,
      Model model,
      RedirectAttributes redirect) {
    OwnWords.Mine mine = ownWords.mine(person.personId());
    OwnWords.OutcomeNow outcome = outcomeOf(mine, outcomeId);
    return write(person, OwnWords.Part.OUTCOME, outcome, form, model, redirect);
  }

  private String write(
      PersonSignedIn person,
      OwnWords.Part part,
      OwnWords.OutcomeNow outcome,
      OwnWordsForm form,
      Model model,
      RedirectAttributes redirect) {
    OwnWords.Written written =
        ownWords.write(
            person.personId(),
            person.firstName(),
            part,
            outcome == null ? null : outcome.id(),
            form.words(),
            form.version());
    switch (written.result()) {
      case SAVED -> {
        redirect.addFlashAttribute(
            "savedMessage",
            written.status() == OwnWords.Status.PROPOSED
                ? "cowrite.my.saved.proposed"
                : "cowrite.my.saved.kept");
        return "redirect:/my/own-words";
      }
      case NOT_FOUND -> throw new NotFoundException();
      case STALE -> {
        // Keep what they typed; the page now shows the plan as it is, with its new version, so
        // that sending again is a choice made knowing what changed.
        OwnWords.Mine now = ownWords.mine(person.personId());
        OwnWords.OutcomeNow fresh = outcome == null ? null : now.outcome(outcome.id()).orElse(null);
        if (part == OwnWords.Part.OUTCOME && fresh == null) {
          throw new NotFoundException();
        }
        model.addAttribute("form", new OwnWordsForm(form.words(), now.planVersion()));
        return page(
            person,
            part,
            fresh,
            now,
            model,
            new FormErrors().add("words", text.get(written.problem())));
      }
      default -> {
        return page(
            person,
            part,
            outcome,
            ownWords.mine(person.personId()),
            model,
            new FormErrors().add("words", text.get(written.problem())));
      }
    }
  }

  private String page(
      PersonSignedIn person,
      OwnWords.Part part,
      OwnWords.OutcomeNow outcome,
      OwnWords.Mine mine,
      Model model,
      FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("part", part);
    model.addAttribute("outcome", outcome);
    model.addAttribute("mine", mine);
    model.addAttribute(
        "partNow", part == OwnWords.Part.OUTCOME ? null : mine.part(part).orElse(null));
    model.addAttribute("errors", errors);
    model.addAttribute(
        "action",
        part == OwnWords.Part.OUTCOME
            ? "/my/own-words/outcomes/" + outcome.id()
            : "/my/own-words/" + part.slug());
    return "portal/my-own-words-edit";
  }

  /** Only an outcome of the signed-in person's own agreed plan: any other id is not found. */
  private static OwnWords.OutcomeNow outcomeOf(OwnWords.Mine mine, String outcomeId) {
    UUID id = Ids.orNull(outcomeId);
    if (id == null) {
      throw new NotFoundException();
    }
    return mine.outcome(id).orElseThrow(NotFoundException::new);
  }
}
