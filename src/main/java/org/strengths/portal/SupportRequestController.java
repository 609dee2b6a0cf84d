package org.strengths.portal;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.DuplicateMatch;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * A request made online as its team sees it: what the person (or whoever asked) told us, and the
 * existing records that may be the same person. A practitioner or manager of the team says who it
 * is, an existing record or someone new; nothing is joined to a record without them. Only the
 * request's team may open it (anyone else gets "not found"), and every view is audited.
 */
@Controller
class SupportRequestController {

  static final String NEW = "new";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  private final SupportRequests requests;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;

  SupportRequestController(
      SupportRequests requests, AuditLog audit, MessageSource messages, Clock clock) {
    this.requests = requests;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/support-requests/{id}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String show(@PathVariable UUID id, @AuthenticationPrincipal StaffMember staff, Model model) {
    SupportRequests.Sent request = ofMyTeam(id, staff);
    if (!request.waiting()) {
      return "redirect:/people/" + request.personId();
    }
    audit.record(null, "support-request", "view", null, request.reference());
    return page(request, FormErrors.none(), null, model);
  }

  @PostMapping("/support-requests/{id}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String confirm(
      @PathVariable UUID id,
      @RequestParam(required = false) String who,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    SupportRequests.Sent request = ofMyTeam(id, staff);
    if (!request.waiting()) {
      return "redirect:/people/" + request.personId();
    }
    List<DuplicateMatch> matches = requests.matchesOf(request.answers());
    UUID existing = null;
    if (who == null || who.isBlank()) {
      return page(
          request, FormErrors.none().add("who", text("support.request.error.choice")), null, model);
    }
    if (!NEW.equals(who)) {
      existing =
          matches.stream()
              .map(DuplicateMatch::id)
              .filter(match -> match.toString().equals(who))
              .findFirst()
              .orElse(null);
      if (existing == null) {
        return page(
            request,
            FormErrors.none().add("who", text("support.request.error.choice")),
            null,
            model);
      }
    }
    try {
      UUID person = requests.confirm(request, existing, staff);
      return "redirect:/people/" + person;
    } catch (SupportRequests.AlreadyConfirmed raced) {
      return page(
          request, FormErrors.none().add("who", text("support.request.error.already")), who, model);
    }
  }

  private SupportRequests.Sent ofMyTeam(UUID id, StaffMember staff) {
    return requests
        .find(id)
        .filter(request -> staff.teamId() != null && staff.teamId().equals(request.teamId()))
        .orElseThrow(NotFoundException::new);
  }

  /** A possible match as the radios show it. */
  record Match(String id, String label, boolean sameNhsNumber) {}

  private String page(SupportRequests.Sent request, FormErrors errors, String chosen, Model model) {
    SupportRequestAnswers answers = request.answers();
    List<Match> matches =
        requests.matchesOf(answers).stream()
            .map(
                match ->
                    new Match(
                        match.id().toString(),
                        messages.getMessage(
                            "support.request.who.match",
                            new Object[] {
                              match.name(),
                              match.dateOfBirth() == null ? "" : DAY.format(match.dateOfBirth()),
                              match.postcode() == null ? "" : match.postcode()
                            },
                            Locale.UK),
                        match.sameNhsNumber()))
            .toList();
    model.addAttribute("request", request);
    model.addAttribute("answers", answers);
    model.addAttribute(
        "dateOfBirth", answers.dateOfBirth() == null ? null : DAY.format(answers.dateOfBirth()));
    model.addAttribute(
        "sent", MOMENT.format(ZonedDateTime.ofInstant(request.sentAt(), clock.getZone())));
    model.addAttribute(
        "askedBy",
        messages.getMessage(
            "support.request.askedBy." + answers.whoFor(),
            new Object[] {answers.contactName()},
            Locale.UK));
    model.addAttribute("matches", matches);
    model.addAttribute("chosen", chosen);
    model.addAttribute("errors", errors);
    return "portal/support-request";
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
