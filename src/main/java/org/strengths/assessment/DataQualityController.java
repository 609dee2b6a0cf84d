package org.strengths.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.insight.CldEvent;
import org.strengths.insight.ClientLevelData;
import org.strengths.person.PersonDetails;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.ReferenceData;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * The CLD events derived for a manager's team, with what looks missing or odd, and a form to
 * correct an event's codes with a reason. Corrections are audited and survive re-derivation.
 */
@Controller
class DataQualityController {

  static final int REASON_LIMIT = 2000;
  static final int DESCRIPTION_LIMIT = 200;

  /** A select on the correction form: its field, its values, and whether it may be left empty. */
  record Choice(String name, List<ReferenceData.ListValue> values, boolean optional) {}

  /**
   * An event of any kind as the return would send it, with its flags resolved to words and the page
   * where it is put right: this page's correction form for the codes worked out from practice, the
   * record itself (carer's assessment, service line, plan) for the others.
   */
  record Row(
      String reference,
      String link,
      boolean correctedHere,
      boolean corrected,
      UUID personId,
      String personName,
      LocalDate startDate,
      LocalDate endDate,
      String eventType,
      String assessmentType,
      String description,
      String outcome,
      List<String> flags) {}

  private final AssessmentCldEvents events;
  private final ClientLevelData clientLevelData;
  private final AssessmentPeople people;
  private final AuditLog audit;
  private final AssessmentText text;

  DataQualityController(
      AssessmentCldEvents events,
      ClientLevelData clientLevelData,
      AssessmentPeople people,
      AuditLog audit,
      AssessmentText text) {
    this.events = events;
    this.clientLevelData = clientLevelData;
    this.people = people;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/data-quality/cld-events")
  @PreAuthorize("hasRole('MANAGER')")
  String list(@AuthenticationPrincipal StaffMember staff, Model model) {
    Map<UUID, String> team = staff.teamId() == null ? Map.of() : events.teamPeople(staff.teamId());
    // Every kind of event, through the one CLD path (docs/adr/0090).
    List<CldEvent> all = clientLevelData.eventsOf(team.keySet(), text.today());
    Set<String> corrected = new HashSet<>();
    if (staff.teamId() != null) {
      events.forTeam(staff.teamId()).stream()
          .filter(CldEventView::corrected)
          .forEach(event -> corrected.add(event.reference()));
    }
    DataQualityRule.Lists lists = events.lists(text.today());
    Map<UUID, List<DataQualityRule.Event>> byPerson =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    CldEvent::personId,
                    Collectors.mapping(DataQualityController::asSent, Collectors.toList())));
    List<Row> rows =
        all.stream()
            .map(
                event ->
                    new Row(
                        event.reference(),
                        event.recordPath(),
                        event.recordPath().startsWith("/data-quality/"),
                        corrected.contains(event.reference()),
                        event.personId(),
                        team.get(event.personId()),
                        event.startDate(),
                        event.endDate(),
                        event.eventType(),
                        event.assessmentType(),
                        event.description(),
                        event.outcome(),
                        DataQualityRule.flags(asSent(event), byPerson.get(event.personId()), lists)
                            .stream()
                            .map(text::get)
                            .toList()))
            .toList();
    Set<UUID> shown = new LinkedHashSet<>();
    rows.forEach(row -> shown.add(row.personId()));
    shown.forEach(person -> audit.record(person, "cld-events", "view", null, "data-quality"));
    model.addAttribute("rows", rows);
    model.addAttribute("flagged", rows.stream().filter(row -> !row.flags().isEmpty()).count());
    return "assessment/data-quality";
  }

  private static DataQualityRule.Event asSent(CldEvent event) {
    return new DataQualityRule.Event(
        event.reference(),
        event.eventType(),
        event.assessmentType(),
        event.outcome(),
        event.routeOfAccess(),
        event.startDate(),
        event.endDate());
  }

  @GetMapping("/data-quality/cld-events/{eventId}")
  @PreAuthorize("hasRole('MANAGER')")
  String correctForm(
      @PathVariable UUID eventId,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    CldEventView event = checked(eventId, staff);
    audit.record(event.personId(), "cld-events", "view", null, event.reference());
    Map<String, String> typed = new LinkedHashMap<>();
    if (PreservedForm.wasRestored(request)) {
      typed = typed(request);
    } else {
      typed.put("eventType", event.eventType());
      typed.put("assessmentType", event.assessmentType());
      typed.put("description", event.description());
      typed.put("outcome", event.outcome());
      typed.put("routeOfAccess", event.routeOfAccess());
      typed.put("version", String.valueOf(event.version()));
    }
    return show(event, typed, new FormErrors(), model);
  }

  @PostMapping("/data-quality/cld-events/{eventId}")
  @PreAuthorize("hasRole('MANAGER')")
  String correct(
      @PathVariable UUID eventId,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    CldEventView event = checked(eventId, staff);
    Map<String, String> typed = typed(request);
    DataQualityRule.Lists lists = events.lists(text.today());
    FormErrors errors = new FormErrors();
    String eventType = FormErrors.typed(typed.get("eventType"));
    String assessmentType = FormErrors.typed(typed.get("assessmentType"));
    String description = FormErrors.typed(typed.get("description"));
    String outcome = FormErrors.typed(typed.get("outcome"));
    String route = FormErrors.typed(typed.get("routeOfAccess"));
    String reason = FormErrors.typed(typed.get("reason"));
    if (eventType == null || !lists.eventTypes().contains(eventType)) {
      errors.add("eventType", text.get("assessment.dq.error.eventType"));
    }
    if (assessmentType != null && !lists.assessmentTypes().contains(assessmentType)) {
      errors.add("assessmentType", text.get("assessment.dq.error.assessmentType"));
    }
    if (description == null) {
      errors.add("description", text.get("assessment.dq.error.description"));
    } else if (description.length() > DESCRIPTION_LIMIT) {
      errors.add(
          "description", text.get("assessment.dq.error.descriptionTooLong", DESCRIPTION_LIMIT));
    }
    if (outcome != null && !lists.outcomes().contains(outcome)) {
      errors.add("outcome", text.get("assessment.dq.error.outcome"));
    }
    if (route != null && !lists.routesOfAccess().contains(route)) {
      errors.add("routeOfAccess", text.get("assessment.dq.error.routeOfAccess"));
    }
    if (reason == null) {
      errors.add("reason", text.get("assessment.dq.error.reason"));
    } else if (reason.length() > REASON_LIMIT) {
      errors.add("reason", text.get("assessment.dq.error.reasonTooLong", REASON_LIMIT));
    }
    Integer versionSeen = EligibilityController.version(typed.get("version"));
    if (versionSeen == null) {
      errors.add("version", text.get("assessment.error.version"));
    }
    if (errors.isEmpty()
        && !events.correct(
            event,
            versionSeen,
            new AssessmentCldEvents.Correction(
                eventType, assessmentType, description, outcome, route, reason),
            staff)) {
      CldEventView current = events.find(event.id()).orElseThrow();
      errors.add("conflict", text.get("assessment.dq.error.conflict"));
      typed.put("version", String.valueOf(current.version()));
      model.addAttribute("theirs", current);
      return show(current, typed, errors, model);
    }
    if (!errors.isEmpty()) {
      return show(event, typed, errors, model);
    }
    redirect.addFlashAttribute("savedMessage", "assessment.dq.saved");
    return "redirect:/data-quality/cld-events";
  }

  /** The event, if it belongs to a person the manager may see (their team's, or break-glass). */
  private CldEventView checked(UUID eventId, StaffMember staff) {
    CldEventView event = events.find(eventId).orElseThrow(NotFoundException::new);
    PersonDetails person = people.checked(event.personId(), staff);
    if (!person.id().equals(event.personId())) {
      throw new NotFoundException();
    }
    return event;
  }

  private String show(
      CldEventView event, Map<String, String> typed, FormErrors errors, Model model) {
    model.addAttribute("event", event);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "choices",
        List.of(
            new Choice("eventType", events.choices(AssessmentCldEvents.EVENT_TYPE), false),
            new Choice("assessmentType", events.choices(AssessmentCldEvents.ASSESSMENT_TYPE), true),
            new Choice("outcome", events.choices(AssessmentCldEvents.EVENT_OUTCOME), true),
            new Choice(
                "routeOfAccess", events.choices(AssessmentCldEvents.ROUTE_OF_ACCESS), true)));
    return "assessment/cld-event";
  }

  private static Map<String, String> typed(HttpServletRequest request) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (String name :
        List.of(
            "eventType",
            "assessmentType",
            "description",
            "outcome",
            "routeOfAccess",
            "reason",
            "version")) {
      typed.put(name, request.getParameter(name));
    }
    return typed;
  }
}
