package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.platform.Display;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * The team manager's list of break-glass events in their team, each to be reviewed and acknowledged
 * (with an optional note). Managers see and acknowledge only their own team's events.
 */
@Controller
class BreakGlassReviewController {

  static final int ACKNOWLEDGED_SHOWN = 20;

  private final BreakGlass breakGlass;
  private final PersonDirectory people;
  private final StaffAccounts staffAccounts;
  private final AuditLog audit;
  private final Clock clock;
  private final AccessText words;

  BreakGlassReviewController(
      BreakGlass breakGlass,
      PersonDirectory people,
      StaffAccounts staffAccounts,
      AuditLog audit,
      Clock clock,
      AccessText words) {
    this.words = words;
    this.breakGlass = breakGlass;
    this.people = people;
    this.staffAccounts = staffAccounts;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/break-glass-reviews")
  @PreAuthorize("hasRole('MANAGER')")
  String list(@AuthenticationPrincipal StaffMember manager, Model model) {
    List<BreakGlass.Event> waiting =
        manager.teamId() == null ? List.of() : breakGlass.waitingForReview(manager.teamId());
    List<BreakGlass.Event> acknowledged =
        manager.teamId() == null
            ? List.of()
            : breakGlass.recentlyAcknowledged(manager.teamId(), ACKNOWLEDGED_SHOWN);
    Map<UUID, String> names =
        staffAccounts.displayNames(
            Stream.concat(waiting.stream(), acknowledged.stream())
                .flatMap(event -> Stream.of(event.staffId(), event.acknowledgedBy()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    model.addAttribute("waiting", rows(waiting, names));
    model.addAttribute("acknowledgedRows", rows(acknowledged, names));
    return "access/break-glass-reviews";
  }

  @GetMapping("/break-glass-reviews/{id}")
  @PreAuthorize("hasRole('MANAGER')")
  String review(
      @PathVariable UUID id,
      @AuthenticationPrincipal StaffMember manager,
      HttpServletRequest request,
      Model model) {
    BreakGlass.Event event = ownTeamsEvent(id, manager);
    if (event.acknowledged()) {
      return "redirect:/break-glass-reviews";
    }
    audit.record(event.personId(), "break-glass-review", "view");
    String note = PreservedForm.wasRestored(request) ? request.getParameter("note") : "";
    return show(model, event, FormErrors.text(note), FormErrors.none());
  }

  @PostMapping("/break-glass-reviews/{id}")
  @PreAuthorize("hasRole('MANAGER')")
  String acknowledge(
      @PathVariable UUID id,
      @RequestParam(name = "note", required = false) String note,
      @AuthenticationPrincipal StaffMember manager,
      Model model,
      RedirectAttributes redirect) {
    BreakGlass.Event event = ownTeamsEvent(id, manager);
    String text = FormErrors.text(note);
    if (text.length() > BreakGlass.MAX_NOTE) {
      FormErrors errors = new FormErrors();
      errors.add("note", words.get("breakGlassReviews.note.tooLong"));
      return show(model, event, text, errors);
    }
    if (breakGlass.acknowledge(id, manager, text.isEmpty() ? null : text)) {
      audit.record(event.personId(), "break-glass-review", "acknowledge", text, null);
      redirect.addFlashAttribute("acknowledged", true);
    }
    return "redirect:/break-glass-reviews";
  }

  private BreakGlass.Event ownTeamsEvent(UUID id, StaffMember manager) {
    BreakGlass.Event event = breakGlass.find(id).orElseThrow(() -> new NotFoundException());
    if (event.teamId() == null || !event.teamId().equals(manager.teamId())) {
      throw new AccessDeniedException("Break-glass event of another team");
    }
    return event;
  }

  private String show(Model model, BreakGlass.Event event, String note, FormErrors errors) {
    Map<UUID, String> names = staffAccounts.displayNames(List.of(event.staffId()));
    model.addAttribute("review", rows(List.of(event), names).get(0));
    model.addAttribute("note", note);
    model.addAttribute("errors", errors);
    model.addAttribute("maxNote", BreakGlass.MAX_NOTE);
    return "access/break-glass-review";
  }

  private List<Row> rows(List<BreakGlass.Event> events, Map<UUID, String> staffNames) {
    List<Row> rows = new ArrayList<>();
    for (BreakGlass.Event event : events) {
      rows.add(
          new Row(
              event.id(),
              event.personId(),
              people.displayName(event.personId()).orElse(null),
              staffNames.getOrDefault(event.staffId(), ""),
              Display.momentOf(event.occurredAt(), clock.getZone()),
              event.reason(),
              event.acknowledgedBy() == null
                  ? null
                  : staffNames.getOrDefault(event.acknowledgedBy(), ""),
              Display.momentOf(event.acknowledgedAt(), clock.getZone()),
              event.note()));
    }
    return rows;
  }

  /** A break-glass event as the page shows it; a null person name means the person is unknown. */
  record Row(
      UUID id,
      UUID personId,
      String personName,
      String staffName,
      String when,
      String reason,
      String acknowledgedBy,
      String acknowledgedWhen,
      String note) {}
}
