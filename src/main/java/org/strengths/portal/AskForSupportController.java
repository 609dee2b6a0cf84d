package org.strengths.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.strengths.person.NhsNumber;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * "Ask for support": the public question pages, open to anyone whether signed in or not. One thing
 * per page; answers are saved in a draft as each page is sent, which whoever started it can come
 * back to from a link with an unguessable token; then "Check your answers", and a confirmation with
 * a reference. Programs that post forms are turned away without a puzzle (docs/adr/0115).
 */
@Controller
@RequestMapping("/ask-for-support")
class AskForSupportController {

  static final String TOKEN = "askForSupport.token";
  static final String REFERENCE = "askForSupport.reference";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final SupportRequests requests;
  private final MessageSource messages;
  private final Clock clock;

  AskForSupportController(SupportRequests requests, MessageSource messages, Clock clock) {
    this.requests = requests;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping
  @PreAuthorize("permitAll()")
  String start(HttpSession session, Model model) {
    model.addAttribute("draftOpen", openDraft(session).isPresent());
    model.addAttribute("honeypot", SupportRequestSpamRule.HONEYPOT);
    return "portal/ask-for-support/start";
  }

  @PostMapping("/start")
  @PreAuthorize("permitAll()")
  String begin(HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<SupportRequestSpamRule.Refusal> spam =
        SupportRequestSpamRule.checkPost(request.getParameter(SupportRequestSpamRule.HONEYPOT));
    if (spam.isPresent()) {
      return refused(spam.get(), response, model);
    }
    Optional<String> token = requests.start(request.getRemoteAddr());
    if (token.isEmpty()) {
      return refused(SupportRequestSpamRule.Refusal.TOO_MANY, response, model);
    }
    request.getSession().setAttribute(TOKEN, token.get());
    request.getSession().removeAttribute(REFERENCE);
    return "redirect:/ask-for-support/" + AskForSupportQuestion.values()[0].slug();
  }

  @GetMapping("/{slug}")
  @PreAuthorize("permitAll()")
  String question(
      @PathVariable String slug,
      @RequestParam(required = false) String change,
      HttpSession session,
      Model model) {
    AskForSupportQuestion question =
        AskForSupportQuestion.of(slug).orElseThrow(NotFoundException::new);
    Optional<SupportRequests.Draft> draft = openDraft(session);
    if (draft.isEmpty()) {
      return "redirect:/ask-for-support";
    }
    return show(
        question,
        draft.get().answers(),
        typedFrom(draft.get().answers()),
        change != null,
        FormErrors.none(),
        model);
  }

  @PostMapping("/{slug}")
  @PreAuthorize("permitAll()")
  String answer(
      @PathVariable String slug,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    AskForSupportQuestion question =
        AskForSupportQuestion.of(slug).orElseThrow(NotFoundException::new);
    Optional<SupportRequestSpamRule.Refusal> spam =
        SupportRequestSpamRule.checkPost(request.getParameter(SupportRequestSpamRule.HONEYPOT));
    if (spam.isPresent()) {
      return refused(spam.get(), response, model);
    }
    Optional<SupportRequests.Draft> draft = openDraft(request.getSession());
    if (draft.isEmpty()) {
      return "redirect:/ask-for-support";
    }
    boolean change = request.getParameter("change") != null;
    SupportRequestRules.Checked checked =
        SupportRequestRules.check(
            question, request::getParameter, draft.get().answers(), LocalDate.now(clock));
    if (!checked.ok()) {
      FormErrors errors = FormErrors.inFormOrder(question.fields()).dateFields("dateOfBirth");
      checked.problems().forEach((field, key) -> errors.add(field, text(key)));
      if (question == AskForSupportQuestion.WHO_FOR) {
        errors.linkTo("whoFor", "whoFor");
      }
      Map<String, String> typed = new HashMap<>();
      request.getParameterMap().forEach((name, values) -> typed.put(name, values[0]));
      return show(question, draft.get().answers(), typed, change, errors, model);
    }
    requests.save(draft.get().id(), checked.answers());
    if (request.getParameter("saveForLater") != null) {
      return "redirect:/ask-for-support/saved";
    }
    if (change) {
      return "redirect:/ask-for-support/check";
    }
    return "redirect:/ask-for-support/"
        + question.next().map(AskForSupportQuestion::slug).orElse("check");
  }

  @GetMapping("/check")
  @PreAuthorize("permitAll()")
  String check(HttpSession session, Model model) {
    Optional<SupportRequests.Draft> draft = openDraft(session);
    if (draft.isEmpty()) {
      return "redirect:/ask-for-support";
    }
    SupportRequestAnswers answers = draft.get().answers();
    model.addAttribute("rows", rows(answers));
    model.addAttribute("honeypot", SupportRequestSpamRule.HONEYPOT);
    return "portal/ask-for-support/check";
  }

  @PostMapping("/check")
  @PreAuthorize("permitAll()")
  String send(HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<SupportRequestSpamRule.Refusal> spam =
        SupportRequestSpamRule.checkPost(request.getParameter(SupportRequestSpamRule.HONEYPOT));
    if (spam.isPresent()) {
      return refused(spam.get(), response, model);
    }
    HttpSession session = request.getSession();
    Optional<SupportRequests.Draft> draft = openDraft(session);
    if (draft.isEmpty()) {
      return "redirect:/ask-for-support";
    }
    SupportRequests.Sending sending =
        requests.send(draft.get(), request.getRemoteAddr(), session.getId());
    if (sending instanceof SupportRequests.Accepted accepted) {
      session.removeAttribute(TOKEN);
      session.setAttribute(REFERENCE, accepted.reference());
      return "redirect:/ask-for-support/confirmation";
    }
    if (sending instanceof SupportRequests.Refused refused) {
      return refused(refused.refusal(), response, model);
    }
    return "redirect:/ask-for-support/" + ((SupportRequests.Incomplete) sending).question().slug();
  }

  @GetMapping("/confirmation")
  @PreAuthorize("permitAll()")
  String confirmation(HttpSession session, Model model) {
    Object reference = session.getAttribute(REFERENCE);
    if (reference == null) {
      return "redirect:/ask-for-support";
    }
    model.addAttribute("reference", reference);
    return "portal/ask-for-support/confirmation";
  }

  @GetMapping("/saved")
  @PreAuthorize("permitAll()")
  String saved(HttpServletRequest request, Model model) {
    Object token = request.getSession().getAttribute(TOKEN);
    Optional<SupportRequests.Draft> draft = openDraft(request.getSession());
    if (draft.isEmpty()) {
      return "redirect:/ask-for-support";
    }
    String link =
        ServletUriComponentsBuilder.fromContextPath(request)
            .path("/ask-for-support/return/{token}")
            .buildAndExpand(token)
            .toUriString();
    model.addAttribute("link", link);
    model.addAttribute("until", DAY.format(ZonedDateTime.now(clock).plus(requests.draftLife())));
    return "portal/ask-for-support/saved";
  }

  @GetMapping("/return/{token}")
  @PreAuthorize("permitAll()")
  String comeBack(
      @PathVariable String token, HttpSession session, HttpServletResponse response, Model model) {
    Optional<SupportRequests.Draft> draft = requests.draft(token);
    if (draft.isEmpty() || draft.get().expired()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "portal/ask-for-support/link-expired";
    }
    session.setAttribute(TOKEN, token);
    session.removeAttribute(REFERENCE);
    return draft
        .get()
        .answers()
        .firstUnanswered()
        .map(question -> "redirect:/ask-for-support/" + question.slug())
        .orElse("redirect:/ask-for-support/check");
  }

  private Optional<SupportRequests.Draft> openDraft(HttpSession session) {
    Object token = session.getAttribute(TOKEN);
    return requests
        .draft(token instanceof String text ? text : null)
        .filter(draft -> !draft.expired());
  }

  private String show(
      AskForSupportQuestion question,
      SupportRequestAnswers answers,
      Map<String, String> typed,
      boolean change,
      FormErrors errors,
      Model model) {
    model.addAttribute("question", question.slug());
    model.addAttribute("fields", question.fields());
    model.addAttribute("typed", typed);
    model.addAttribute("voice", voice(answers));
    model.addAttribute("forSomeoneElse", answers.forSomeoneElse());
    model.addAttribute("change", change);
    model.addAttribute(
        "back",
        change
            ? "/ask-for-support/check"
            : question
                .previous()
                .map(p -> "/ask-for-support/" + p.slug())
                .orElse("/ask-for-support"));
    model.addAttribute("errors", errors);
    model.addAttribute("honeypot", SupportRequestSpamRule.HONEYPOT);
    return "portal/ask-for-support/question";
  }

  private String refused(
      SupportRequestSpamRule.Refusal refusal, HttpServletResponse response, Model model) {
    response.setStatus(
        refusal == SupportRequestSpamRule.Refusal.TOO_MANY
            ? HttpStatus.TOO_MANY_REQUESTS.value()
            : HttpStatus.BAD_REQUEST.value());
    model.addAttribute("reason", refusal.key());
    return "portal/ask-for-support/refused";
  }

  /** One answer on "Check your answers": the question's page and the answer as shown. */
  record Row(String slug, String answer) {}

  private List<Row> rows(SupportRequestAnswers answers) {
    String contact =
        Stream.of(answers.contactName(), answers.email(), answers.phone())
            .filter(Objects::nonNull)
            .collect(Collectors.joining("\n"));
    return List.of(
        new Row(
            AskForSupportQuestion.WHO_FOR.slug(),
            answers.whoFor() == null ? null : text("ask.who-for." + answers.whoFor())),
        new Row(AskForSupportQuestion.WHAT_MATTERS.slug(), answers.whatMatters()),
        new Row(AskForSupportQuestion.GOING_WELL.slug(), answers.goingWell()),
        new Row(AskForSupportQuestion.WHAT_WOULD_HELP.slug(), answers.whatWouldHelp()),
        new Row(
            AskForSupportQuestion.NAME.slug(),
            answers.firstName() == null ? null : answers.firstName() + " " + answers.lastName()),
        new Row(
            AskForSupportQuestion.DATE_OF_BIRTH.slug(),
            answers.dateOfBirth() == null ? null : DAY.format(answers.dateOfBirth())),
        new Row(
            AskForSupportQuestion.NHS_NUMBER.slug(),
            NhsNumber.parse(answers.nhsNumber()).map(NhsNumber::formatted).orElse(null)),
        new Row(AskForSupportQuestion.POSTCODE.slug(), answers.postcode()),
        new Row(AskForSupportQuestion.CONTACT.slug(), contact.isEmpty() ? null : contact));
  }

  /** "you" when whoever asks is the person (for themselves or as a carer), else "them". */
  private static String voice(SupportRequestAnswers answers) {
    return answers.forSomeoneElse() ? "them" : "you";
  }

  /** What the page's boxes show for saved answers. */
  private static Map<String, String> typedFrom(SupportRequestAnswers answers) {
    Map<String, String> typed = new HashMap<>();
    put(typed, "whoFor", answers.whoFor());
    put(typed, "whatMatters", answers.whatMatters());
    put(typed, "goingWell", answers.goingWell());
    put(typed, "whatWouldHelp", answers.whatWouldHelp());
    put(typed, "firstName", answers.firstName());
    put(typed, "lastName", answers.lastName());
    if (answers.dateOfBirth() != null) {
      put(typed, "dateOfBirthDay", String.valueOf(answers.dateOfBirth().getDayOfMonth()));
      put(typed, "dateOfBirthMonth", String.valueOf(answers.dateOfBirth().getMonthValue()));
      put(typed, "dateOfBirthYear", String.valueOf(answers.dateOfBirth().getYear()));
    }
    put(typed, "nhsNumber", answers.nhsNumber());
    put(typed, "postcode", answers.postcode());
    put(typed, "contactName", answers.contactName());
    put(typed, "email", answers.email());
    put(typed, "phone", answers.phone());
    return typed;
  }

  private static void put(Map<String, String> typed, String field, String value) {
    if (value != null) {
      typed.put(field, value);
    }
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
