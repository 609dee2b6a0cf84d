package org.strengths.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.planning.HowItsGoing;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;

/**
 * "How it's going" on the person's own pages (issue 13 item 4, docs/adr/0114): before a review the
 * person rates each outcome of their agreed plan, answers the ONS4 questions and says what is
 * working and what is not; and they can ask for a review with a reason and read the reply. Only
 * their own plan (the signed-in person's id, never one from the request), every view and change
 * audited as the person. Their words go to their worker as written: never through the coach.
 */
@Controller
class MyHowItsGoingController {

  static final String PAGE = "/my/how-its-going";
  static final String ASK = "/my/ask-for-a-review";

  /** What the person typed to ask for a review. */
  record AskForm(String reason) {}

  private final HowItsGoing howItsGoing;
  private final AuditLog audit;
  private final MyPagesText text;

  MyHowItsGoingController(HowItsGoing howItsGoing, AuditLog audit, MyPagesText text) {
    this.howItsGoing = howItsGoing;
    this.audit = audit;
    this.text = text;
  }

  /** The service name in the header leads to the person's home, as on their other pages. */
  @ModelAttribute("homePath")
  String homePath() {
    return "/my/";
  }

  @GetMapping(PAGE)
  @PreAuthorize("hasRole('PERSON')")
  String page(
      @AuthenticationPrincipal PersonSignedIn person,
      @ModelAttribute("form") HowItsGoingForm form,
      HttpServletRequest request,
      Model model) {
    Optional<HowItsGoing.Page> page = howItsGoing.page(person.personId());
    audit.recordByThePerson(person.personId(), "how-its-going", "view", null);
    if (page.isPresent() && !PreservedForm.wasRestored(request) && form.getVersion() == null) {
      model.addAttribute("form", startingFrom(page.get()));
    }
    return show(person, page, model, FormErrors.none());
  }

  @PostMapping(PAGE)
  @PreAuthorize("hasRole('PERSON')")
  String save(
      @AuthenticationPrincipal PersonSignedIn person,
      @ModelAttribute("form") HowItsGoingForm form,
      Model model,
      RedirectAttributes redirect) {
    List<HowItsGoing.Problem> problems =
        howItsGoing.save(
            person.personId(),
            new HowItsGoing.Typed(
                form.getVersion(),
                form.getRating(),
                form.getWorking(),
                form.getNotWorking(),
                form.getOns4()),
            person.firstName());
    Optional<HowItsGoing.Page> page = howItsGoing.page(person.personId());
    if (!problems.isEmpty()) {
      audit.recordByThePerson(person.personId(), "how-its-going", "refused", null);
      // The page is shown again with what was typed; a changed plan gives its version now, so
      // sending again saves against the plan as it is.
      page.ifPresent(now -> form.setVersion(String.valueOf(now.version())));
      return show(person, page, model, errors(problems));
    }
    audit.recordByThePerson(person.personId(), "how-its-going", "create", null);
    redirect.addFlashAttribute("savedMessage", "howgoing.my.saved");
    return "redirect:" + PAGE;
  }

  @GetMapping(ASK)
  @PreAuthorize("hasRole('PERSON')")
  String askPage(
      @AuthenticationPrincipal PersonSignedIn person,
      @ModelAttribute("form") AskForm form,
      Model model) {
    audit.recordByThePerson(person.personId(), "ask-for-a-review", "view", null);
    return showAsk(person, model, FormErrors.none());
  }

  @PostMapping(ASK)
  @PreAuthorize("hasRole('PERSON')")
  String ask(
      @AuthenticationPrincipal PersonSignedIn person,
      @ModelAttribute("form") AskForm form,
      Model model,
      RedirectAttributes redirect) {
    List<HowItsGoing.Problem> problems =
        howItsGoing.askForReview(person.personId(), form.reason(), person.firstName());
    if (!problems.isEmpty()) {
      audit.recordByThePerson(person.personId(), "ask-for-a-review", "refused", null);
      return showAsk(person, model, errors(problems));
    }
    audit.recordByThePerson(person.personId(), "ask-for-a-review", "create", null);
    redirect.addFlashAttribute("savedMessage", "howgoing.my.asked");
    return "redirect:" + PAGE;
  }

  private static HowItsGoingForm startingFrom(HowItsGoing.Page page) {
    HowItsGoingForm form = new HowItsGoingForm();
    form.setVersion(String.valueOf(page.version()));
    page.said()
        .ifPresent(
            said -> {
              said.ratings().forEach((id, rating) -> form.getRating().put(id.toString(), rating));
              form.setWorking(said.working());
              form.setNotWorking(said.notWorking());
              said.ons4()
                  .forEach((question, answer) -> form.getOns4().put(question, answer.toString()));
            });
    return form;
  }

  private FormErrors errors(List<HowItsGoing.Problem> problems) {
    FormErrors errors = new FormErrors();
    for (HowItsGoing.Problem problem : problems) {
      String message =
          (problem.argument() == null
              ? text.get("howgoing.my.error." + problem.code())
              : text.get("howgoing.my.error." + problem.code(), problem.argument()));
      if (problem.field().startsWith("rating-")) {
        // The summary links to the first of the outcome's choices.
        errors.add(problem.field(), problem.field() + "-ACHIEVED", message);
      } else {
        errors.add(problem.field(), message);
      }
    }
    return errors;
  }

  private String show(
      PersonSignedIn person, Optional<HowItsGoing.Page> page, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("page", page.orElse(null));
    model.addAttribute("asked", howItsGoing.asked(person.personId()));
    model.addAttribute("ratings", List.of("ACHIEVED", "PARTLY", "NOT_YET", "NO_LONGER_WANTED"));
    model.addAttribute("errors", errors);
    return "portal/my-how-its-going";
  }

  private String showAsk(PersonSignedIn person, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("hasPlan", howItsGoing.page(person.personId()).isPresent());
    model.addAttribute(
        "open",
        howItsGoing.asked(person.personId()).stream()
            .filter(HowItsGoing.Asked::isOpen)
            .findFirst()
            .orElse(null));
    model.addAttribute("errors", errors);
    return "portal/my-ask-for-a-review";
  }
}
