package org.strengths.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.person.PersonDetails;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.Ids;
import org.strengths.platform.web.NotFoundException;

/**
 * The needs assessment pages: the person's assessments, starting one from a conversation, the task
 * list, and one page per section. Each section form carries the version it was read at; a stale
 * save shows the other version beside what the user typed, which is kept.
 */
@Controller
class AssessmentController {

  /** A row of the task list. */
  record Task(String titleKey, String href, AssessmentSectionStatus status, String id) {}

  /** A field whose saved value differs from what the user typed, for the conflict panel. */
  record Difference(String labelKey, String group, String theirs) {}

  private final AssessmentPeople people;
  private final Assessments assessments;
  private final EligibilityDeterminations determinations;
  private final AuditLog audit;
  private final AssessmentText text;

  AssessmentController(
      AssessmentPeople people,
      Assessments assessments,
      EligibilityDeterminations determinations,
      AuditLog audit,
      AssessmentText text) {
    this.people = people;
    this.assessments = assessments;
    this.determinations = determinations;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/assessments")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String list(PersonInScope scope, Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "assessment", "view", null, "list");
    model.addAttribute("person", person);
    model.addAttribute("assessments", assessments.forPerson(person.id()));
    model.addAttribute("determinations", determinations.forPerson(person.id()));
    model.addAttribute("startingPoints", assessments.startingPoints(person));
    return "assessment/list";
  }

  @GetMapping("/people/{id}/assessments/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String startForm(
      PersonInScope scope,
      @RequestParam(name = "conversation", required = false) String conversation,
      Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "assessment", "view", null, "start");
    return showStart(person, conversation, new FormErrors(), model);
  }

  @PostMapping("/people/{id}/assessments/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String start(
      PersonInScope scope,
      @RequestParam(name = "conversation", required = false) String conversation,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = people.details(scope);
    Assessments.Started started = assessments.start(person, Ids.orNull(conversation), staff);
    if (started instanceof Assessments.Refused refused) {
      return showStart(
          person,
          conversation,
          new FormErrors().add("conversation", text.get(refused.problemKey())),
          model);
    }
    UUID assessmentId = ((Assessments.Created) started).id();
    redirect.addFlashAttribute("savedMessage", "assessment.saved.started");
    return "redirect:/people/" + person.id() + "/assessments/" + assessmentId;
  }

  @GetMapping("/people/{id}/assessments/{aid}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String taskList(PersonInScope scope, @PathVariable UUID aid, Model model) {
    PersonDetails person = people.details(scope);
    AssessmentView assessment = people.assessment(person, aid);
    audit.record(person.id(), "assessment", "view", null, assessment.id().toString());
    String base = "/people/" + person.id() + "/assessments/" + assessment.id();
    List<Task> narrative = new ArrayList<>();
    for (AssessmentSection section : AssessmentSection.narrativeSections()) {
      narrative.add(
          new Task(
              section.titleKey(),
              base + "/sections/" + section.slug(),
              assessment.status(section),
              "task-" + section.slug()));
    }
    var determination = determinations.forAssessment(assessment.id());
    AssessmentSectionStatus eligibilityStatus =
        !assessment.narrativeComplete()
            ? AssessmentSectionStatus.CANNOT_START_YET
            : determination
                .map(EligibilityView::taskStatus)
                .orElse(AssessmentSectionStatus.NOT_STARTED);
    List<Task> after =
        List.of(
            new Task(
                "assessment.task.eligibility",
                assessment.narrativeComplete() ? base + "/eligibility" : null,
                eligibilityStatus,
                "task-eligibility"),
            new Task(
                AssessmentSection.RECORD.titleKey(),
                base + "/sections/" + AssessmentSection.RECORD.slug(),
                assessment.status(AssessmentSection.RECORD),
                "task-" + AssessmentSection.RECORD.slug()));
    model.addAttribute("person", person);
    model.addAttribute("assessment", assessment);
    model.addAttribute("narrative", narrative);
    model.addAttribute("after", after);
    model.addAttribute("determination", determination.orElse(null));
    model.addAttribute(
        "completedCount",
        narrative.stream().filter(t -> t.status() == AssessmentSectionStatus.COMPLETED).count());
    return "assessment/tasks";
  }

  @GetMapping("/people/{id}/assessments/{aid}/sections/{slug}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String sectionForm(
      PersonInScope scope,
      @PathVariable UUID aid,
      @PathVariable String slug,
      HttpServletRequest request,
      Model model) {
    PersonDetails person = people.details(scope);
    AssessmentView assessment = people.assessment(person, aid);
    AssessmentSection section = AssessmentSection.bySlug(slug).orElseThrow(NotFoundException::new);
    audit.record(person.id(), "assessment", "view", null, section.slug());
    Map<String, String> typed;
    String completed;
    String version;
    if (PreservedForm.wasRestored(request)) {
      typed = typed(section, request);
      completed = request.getParameter("completed");
      version = request.getParameter("version");
    } else {
      typed = stored(section, assessment);
      AssessmentSectionStatus status = assessment.status(section);
      completed =
          status == AssessmentSectionStatus.COMPLETED
              ? "yes"
              : status == AssessmentSectionStatus.IN_PROGRESS ? "no" : null;
      version = String.valueOf(assessment.version());
    }
    return showSection(
        person, assessment, section, typed, completed, version, new FormErrors(), model);
  }

  @PostMapping("/people/{id}/assessments/{aid}/sections/{slug}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String saveSection(
      PersonInScope scope,
      @PathVariable UUID aid,
      @PathVariable String slug,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = people.details(scope);
    AssessmentView assessment = people.assessment(person, aid);
    AssessmentSection section = AssessmentSection.bySlug(slug).orElseThrow(NotFoundException::new);
    Map<String, String> typed = typed(section, request);
    String completed = request.getParameter("completed");
    String version = request.getParameter("version");
    AssessmentSectionRules.Checked checked =
        AssessmentSectionRules.check(section, request::getParameter, completed, text.today());
    FormErrors errors = errors(section, checked.problems());
    Integer versionSeen = version(version);
    if (versionSeen == null) {
      errors.add("version", text.get("assessment.error.version"));
    }
    if (!errors.isEmpty()) {
      return showSection(person, assessment, section, typed, completed, version, errors, model);
    }
    Assessments.Saved saved =
        assessments.save(
            assessment, versionSeen, section, checked.values(), "yes".equals(completed), staff);
    if (saved instanceof Assessments.Conflict conflict) {
      AssessmentView current = conflict.current();
      model.addAttribute("differences", differences(section, current, typed));
      FormErrors conflictError =
          new FormErrors()
              .add(
                  "conflict",
                  text.get(
                      "assessment.error.conflict",
                      current.updatedBy(),
                      text.moment(current.updatedAt())));
      return showSection(
          person,
          current,
          section,
          typed,
          completed,
          String.valueOf(current.version()),
          conflictError,
          model);
    }
    redirect.addFlashAttribute("savedMessage", "assessment.saved.section");
    return "redirect:/people/" + person.id() + "/assessments/" + assessment.id();
  }

  private String showStart(
      PersonDetails person, String conversation, FormErrors errors, Model model) {
    model.addAttribute("person", person);
    model.addAttribute("startingPoints", assessments.startingPoints(person));
    model.addAttribute("chosen", conversation);
    model.addAttribute("errors", errors);
    return "assessment/new";
  }

  private String showSection(
      PersonDetails person,
      AssessmentView assessment,
      AssessmentSection section,
      Map<String, String> typed,
      String completed,
      String version,
      FormErrors errors,
      Model model) {
    model.addAttribute("person", person);
    model.addAttribute("assessment", assessment);
    model.addAttribute("section", section);
    model.addAttribute("groups", groups(section));
    model.addAttribute("typed", typed);
    model.addAttribute("completed", completed);
    model.addAttribute("version", version);
    model.addAttribute("errors", errors);
    return "assessment/section";
  }

  /** The section's fields in fieldsets: one per wellbeing area, else one without a legend. */
  static List<List<AssessmentField>> groups(AssessmentSection section) {
    List<List<AssessmentField>> groups = new ArrayList<>();
    String current = null;
    for (AssessmentField field : section.fields()) {
      if (groups.isEmpty() || !Objects.equals(field.group(), current)) {
        groups.add(new ArrayList<>());
        current = field.group();
      }
      groups.get(groups.size() - 1).add(field);
    }
    return groups;
  }

  private FormErrors errors(
      AssessmentSection section, List<AssessmentSectionRules.Problem> problems) {
    FormErrors errors = new FormErrors();
    section.fields().stream()
        .filter(field -> field.kind() == AssessmentField.Kind.DATE)
        .forEach(field -> errors.dateFields(field.name()));
    for (AssessmentSectionRules.Problem problem : problems) {
      errors.add(problem.field(), text.resolve(problem.key(), problem.args()));
    }
    return errors;
  }

  private static Map<String, String> typed(AssessmentSection section, HttpServletRequest request) {
    Map<String, String> typed = new HashMap<>();
    for (AssessmentField field : section.fields()) {
      if (field.kind() == AssessmentField.Kind.DATE) {
        for (String part : List.of("Day", "Month", "Year")) {
          typed.put(field.name() + part, request.getParameter(field.name() + part));
        }
      } else {
        typed.put(field.name(), request.getParameter(field.name()));
      }
    }
    return typed;
  }

  static Map<String, String> stored(AssessmentSection section, AssessmentView assessment) {
    Map<String, String> typed = new HashMap<>();
    for (AssessmentField field : section.fields()) {
      if (field.kind() == AssessmentField.Kind.DATE) {
        LocalDate date = assessment.date(field.name());
        if (date != null) {
          typed.put(field.name() + "Day", String.valueOf(date.getDayOfMonth()));
          typed.put(field.name() + "Month", String.valueOf(date.getMonthValue()));
          typed.put(field.name() + "Year", String.valueOf(date.getYear()));
        }
      } else {
        typed.put(field.name(), assessment.text(field.name()));
      }
    }
    return typed;
  }

  private List<Difference> differences(
      AssessmentSection section, AssessmentView current, Map<String, String> typed) {
    List<Difference> differences = new ArrayList<>();
    Map<String, String> theirs = stored(section, current);
    for (AssessmentField field : section.fields()) {
      String their;
      String mine;
      if (field.kind() == AssessmentField.Kind.DATE) {
        their = text.date(current.date(field.name()));
        mine =
            text.date(
                DateInput.read(
                        typed.get(field.name() + "Day"),
                        typed.get(field.name() + "Month"),
                        typed.get(field.name() + "Year"))
                    .date());
      } else {
        their = Objects.toString(theirs.get(field.name()), "");
        mine = Objects.toString(FormErrors.typed(typed.get(field.name())), "");
      }
      if (!their.equals(mine)) {
        differences.add(new Difference(field.labelKey(), field.group(), their));
      }
    }
    return differences;
  }

  private static Integer version(String version) {
    try {
      return version == null ? null : Integer.valueOf(version.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
