package org.strengths.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditGrants;
import org.strengths.access.AuditLog;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffAccounts.StaffSummary;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.person.Caseloads;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * The case-file audit pages (docs/adr/0140). A principal social worker or team manager sets up an
 * audit; the auditor and the moderator score the sampled records with the evidence beside each
 * question, only while the audit is open and only those records; the worker reads the feedback and
 * answers it; principal social workers, managers and administrators see the themes. Every view of a
 * sampled record, and every refusal, is audited.
 */
@Controller
class CaseFileAuditController {

  static final String ANYONE =
      "hasAnyRole('PRACTITIONER','MANAGER','PRINCIPAL_SOCIAL_WORKER','ADMIN')";
  static final String SETS_UP = "hasAnyRole('MANAGER','PRINCIPAL_SOCIAL_WORKER')";
  static final String OVERSEES = "hasAnyRole('MANAGER','PRINCIPAL_SOCIAL_WORKER','ADMIN')";

  /**
   * Who may be chosen to audit or moderate: practitioners, managers and principal social workers.
   */
  static final String AUDITS = "hasAnyRole('PRACTITIONER','MANAGER','PRINCIPAL_SOCIAL_WORKER')";

  static final String TEMPLATES = "hasAnyRole('PRINCIPAL_SOCIAL_WORKER','ADMIN')";

  private final CaseFileAudits audits;
  private final AuditStore store;
  private final RecordEvidence evidence;
  private final AuditSituations situations;
  private final AuditGrants grants;
  private final StaffAccounts staff;
  private final Teams teams;
  private final Caseloads caseloads;
  private final AuditLog audit;
  private final PracticeText text;

  CaseFileAuditController(
      CaseFileAudits audits,
      AuditStore store,
      RecordEvidence evidence,
      AuditSituations situations,
      AuditGrants grants,
      StaffAccounts staff,
      Teams teams,
      Caseloads caseloads,
      AuditLog audit,
      PracticeText text) {
    this.audits = audits;
    this.store = store;
    this.evidence = evidence;
    this.situations = situations;
    this.grants = grants;
    this.staff = staff;
    this.teams = teams;
    this.caseloads = caseloads;
    this.audit = audit;
    this.text = text;
  }

  /** Thrown where the signed-in member of staff may not see or do what they asked. */
  static final class Refused extends RuntimeException {
    Refused() {
      super("Not one of this audit's auditors, or the audit is closed", null, false, false);
    }
  }

  @ExceptionHandler(Refused.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String refused(Model model) {
    model.addAttribute("text", text);
    return "practice/audit-refused";
  }

  /** An audit as its list and page show it. */
  record Listed(
      AuditStore.Audit audit,
      String month,
      String team,
      String template,
      String auditor,
      String moderator) {}

  @GetMapping("/audits")
  @PreAuthorize(ANYONE)
  String list(@AuthenticationPrincipal StaffMember me, Model model) {
    boolean oversees = !me.hasRole(Role.PRACTITIONER);
    List<AuditStore.Audit> all = store.audits();
    List<AuditStore.Audit> shown =
        oversees ? all : all.stream().filter(a -> a.roleOf(me.id()).isPresent()).toList();
    audit.record(null, CaseFileAudits.AUDIT_SECTION, "view-list");
    model.addAttribute("audits", listed(shown));
    model.addAttribute(
        "mine", listed(all.stream().filter(a -> a.roleOf(me.id()).isPresent()).toList()));
    List<AuditStore.Sampled> feedback = store.feedbackFor(me.id());
    model.addAttribute("feedback", feedback);
    model.addAttribute(
        "names", caseloads.names(feedback.stream().map(AuditStore.Sampled::personId).toList()));
    model.addAttribute("oversees", oversees);
    model.addAttribute(
        "setsUp", me.hasRole(Role.MANAGER) || me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER));
    model.addAttribute(
        "configures", me.hasRole(Role.ADMIN) || me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER));
    model.addAttribute("text", text);
    return "practice/audit-list";
  }

  private List<Listed> listed(List<AuditStore.Audit> shown) {
    Map<UUID, String> teamNames = new HashMap<>();
    teams.all().forEach(team -> teamNames.put(team.id(), team.name()));
    Map<UUID, String> templates = new HashMap<>();
    store
        .allTemplates()
        .forEach(
            (id, t) ->
                templates.put(id, text.get("audit.template.versioned", t.name(), t.version())));
    List<UUID> people =
        shown.stream()
            .flatMap(a -> java.util.stream.Stream.of(a.auditorId(), a.moderatorId()))
            .distinct()
            .toList();
    Map<UUID, String> names = staff.displayNames(people);
    return shown.stream()
        .map(
            a ->
                new Listed(
                    a,
                    month(a.month()),
                    teamNames.getOrDefault(a.teamId(), ""),
                    templates.getOrDefault(a.templateId(), ""),
                    names.getOrDefault(a.auditorId(), ""),
                    names.getOrDefault(a.moderatorId(), "")))
        .toList();
  }

  @GetMapping("/audits/new")
  @PreAuthorize(SETS_UP)
  String setupForm(@ModelAttribute("form") AuditForms.Setup form, Model model) {
    if (form.getMonth() == null) {
      form.setMonth(audits.today().minusMonths(1).toString().substring(0, 7));
    }
    return setupPage(model, FormErrors.none());
  }

  @PostMapping("/audits/new")
  @PreAuthorize(SETS_UP)
  String setup(
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") AuditForms.Setup form,
      Model model,
      RedirectAttributes redirect) {
    CaseFileAudits.Outcome outcome = audits.create(form, me);
    if (outcome instanceof CaseFileAudits.Invalid invalid) {
      return setupPage(model, errors(invalid.problems(), SETUP_FIELDS));
    }
    redirect.addFlashAttribute("savedMessage", "audit.saved.created");
    return "redirect:/audits/" + ((CaseFileAudits.Created) outcome).id();
  }

  private static final List<String> SETUP_FIELDS =
      List.of(
          "template",
          "team",
          "month",
          "sampling",
          "worker",
          "situation",
          "reason",
          "size",
          "seed",
          "auditor",
          "moderator");

  private String setupPage(Model model, FormErrors errors) {
    List<StaffSummary> everyone = new ArrayList<>();
    teams.all().forEach(team -> everyone.addAll(staff.membersOf(team.id())));
    model.addAttribute("auditorList", audits.mayAudit());
    model.addAttribute("templates", store.templates());
    model.addAttribute("teams", teams.all());
    model.addAttribute("staffList", everyone);
    model.addAttribute("situations", List.of(AuditSituation.values()));
    model.addAttribute("reasons", situations.reasons());
    model.addAttribute("maxSample", AuditRules.MAX_SAMPLE);
    model.addAttribute("errors", errors);
    model.addAttribute("text", text);
    return "practice/audit-new";
  }

  /** A sampled record on the audit's page: its name only for the audit's own auditors. */
  record Row(
      AuditStore.Sampled sampled, String name, String worker, boolean scored, boolean moderated) {}

  @GetMapping("/audits/{auditId}")
  @PreAuthorize(ANYONE)
  String show(@PathVariable UUID auditId, @AuthenticationPrincipal StaffMember me, Model model) {
    AuditStore.Audit found = store.find(auditId).orElseThrow(NotFoundException::new);
    Optional<AuditStore.ByRole> role = found.roleOf(me.id());
    if (me.hasRole(Role.PRACTITIONER) && role.isEmpty()) {
      throw refuse(null, "view-audit", auditId);
    }
    audit.record(null, CaseFileAudits.AUDIT_SECTION, "view-audit", null, "audit " + auditId);
    List<AuditStore.Sampled> sample = store.sample(auditId);
    boolean namesShown = role.isPresent() && found.open();
    Map<UUID, String> names =
        namesShown
            ? caseloads.names(sample.stream().map(AuditStore.Sampled::personId).toList())
            : Map.of();
    Map<UUID, String> workers =
        staff.displayNames(
            sample.stream()
                .map(AuditStore.Sampled::workerId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    List<String> scored = store.scored(auditId);
    List<Row> rows =
        sample.stream()
            .map(
                s ->
                    new Row(
                        s,
                        names.get(s.personId()),
                        s.workerId() == null ? null : workers.get(s.workerId()),
                        scored.contains(s.personId() + ":AUDITOR"),
                        scored.contains(s.personId() + ":MODERATOR")))
            .toList();
    model.addAttribute("listed", listed(List.of(found)).get(0));
    model.addAttribute("audit", found);
    model.addAttribute("role", role.orElse(null));
    model.addAttribute("rows", rows);
    model.addAttribute("sampling", sampling(found, rows.size()));
    model.addAttribute(
        "mayClose",
        found.open() && (me.hasRole(Role.MANAGER) || me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER)));
    model.addAttribute(
        "mayReAudit",
        !found.open() && (me.hasRole(Role.MANAGER) || me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER)));
    model.addAttribute("text", text);
    return "practice/audit";
  }

  /** How the audit's records were chosen, in words. */
  private String sampling(AuditStore.Audit found, int drawn) {
    return switch (found.sampling()) {
      case RANDOM ->
          text.get("audit.page.random", drawn, found.frameSize(), String.valueOf(found.seed()));
      case WORKER ->
          text.get(
              "audit.page.worker",
              staff
                  .displayNames(List.of(found.targetWorker()))
                  .getOrDefault(found.targetWorker(), ""),
              drawn,
              found.frameSize());
      case SITUATION ->
          text.get(
              "audit.page.situation",
              text.get(found.situation().labelKey())
                  + (found.situationDetail() == null ? "" : ": " + found.situationDetail()),
              drawn,
              found.frameSize(),
              String.valueOf(found.seed()));
    };
  }

  @PostMapping("/audits/{auditId}/close")
  @PreAuthorize(SETS_UP)
  String close(@PathVariable UUID auditId, RedirectAttributes redirect) {
    AuditStore.Audit found = store.find(auditId).orElseThrow(NotFoundException::new);
    if (found.open()) {
      audits.close(found);
    }
    redirect.addFlashAttribute("savedMessage", "audit.saved.closed");
    return "redirect:/audits/" + auditId;
  }

  @PostMapping("/audits/{auditId}/re-audit")
  @PreAuthorize(SETS_UP)
  String reAudit(
      @PathVariable UUID auditId,
      @AuthenticationPrincipal StaffMember me,
      RedirectAttributes redirect) {
    AuditStore.Audit found = store.find(auditId).orElseThrow(NotFoundException::new);
    UUID again = audits.reAudit(found, me);
    redirect.addFlashAttribute("savedMessage", "audit.saved.reAudit");
    return "redirect:/audits/" + again;
  }

  /** A question with the evidence beside it and the scores so far. */
  record Judged(
      AuditStore.Question question,
      List<String> evidence,
      AuditStore.Score auditor,
      AuditStore.Score moderator) {}

  @GetMapping("/audits/{auditId}/records/{personId}")
  @PreAuthorize(AUDITS)
  String record(
      @PathVariable UUID auditId,
      @PathVariable UUID personId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") AuditForms.Scores form,
      Model model) {
    Access access = auditing(me, auditId, personId);
    audit.record(personId, CaseFileAudits.AUDIT_SECTION, "view", null, "audit " + auditId);
    List<AuditStore.Score> scores = store.scores(auditId, personId);
    scores.stream()
        .filter(s -> s.byRole() == access.role())
        .forEach(
            s -> {
              form.getScore().putIfAbsent(String.valueOf(s.position()), String.valueOf(s.score()));
              if (s.narrative() != null) {
                form.getNarrative().putIfAbsent(String.valueOf(s.position()), s.narrative());
              }
            });
    if (form.getFeedback() == null) {
      form.setFeedback(access.sampled().feedback());
    }
    return recordPage(access, scores, model, FormErrors.none());
  }

  @PostMapping("/audits/{auditId}/records/{personId}")
  @PreAuthorize(AUDITS)
  String score(
      @PathVariable UUID auditId,
      @PathVariable UUID personId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") AuditForms.Scores form,
      Model model,
      RedirectAttributes redirect) {
    Access access = auditing(me, auditId, personId);
    Map<String, String> problems = audits.score(access.audit(), personId, access.role(), form, me);
    if (!problems.isEmpty()) {
      List<String> order = new ArrayList<>();
      store
          .questions(access.audit().templateId())
          .forEach(
              q -> {
                order.add("score-" + q.position());
                order.add("narrative-" + q.position());
              });
      order.add("feedback");
      return recordPage(access, store.scores(auditId, personId), model, errors(problems, order));
    }
    redirect.addFlashAttribute("savedMessage", "audit.saved.scores");
    return "redirect:/audits/" + auditId + "/records/" + personId;
  }

  private String recordPage(
      Access access, List<AuditStore.Score> scores, Model model, FormErrors errors) {
    model.addAttribute("leadsPractice", access.leadsPractice());
    Evidence computed = evidence.of(access.sampled().personId());
    Map<Integer, AuditStore.Score> byAuditor = new HashMap<>();
    Map<Integer, AuditStore.Score> byModerator = new HashMap<>();
    scores.forEach(
        s ->
            (s.byRole() == AuditStore.ByRole.AUDITOR ? byAuditor : byModerator)
                .put(s.position(), s));
    List<Judged> judged =
        store.questions(access.audit().templateId()).stream()
            .map(
                q ->
                    new Judged(
                        q,
                        q.evidence().lines(computed).stream()
                            .map(line -> text.get(line.key(), line.args().toArray()))
                            .toList(),
                        byAuditor.get(q.position()),
                        byModerator.get(q.position())))
            .toList();
    model.addAttribute("audit", access.audit());
    model.addAttribute("sampled", access.sampled());
    model.addAttribute("role", access.role());
    model.addAttribute(
        "name",
        caseloads
            .names(List.of(access.sampled().personId()))
            .getOrDefault(access.sampled().personId(), ""));
    model.addAttribute("judged", judged);
    model.addAttribute("differences", AuditRules.differences(scores));
    model.addAttribute("scoreCodes", List.of("1", "2", "3", "4"));
    model.addAttribute("maxNarrative", AuditRules.MAX_NARRATIVE);
    model.addAttribute("maxFeedback", AuditRules.MAX_FEEDBACK);
    model.addAttribute("errors", errors);
    model.addAttribute("text", text);
    return "practice/audit-record";
  }

  /** The signed-in auditor's part in an open audit of a record in its sample. */
  record Access(
      AuditStore.Audit audit,
      AuditStore.Sampled sampled,
      AuditStore.ByRole role,
      boolean leadsPractice) {}

  private Access auditing(StaffMember me, UUID auditId, UUID personId) {
    AuditStore.Audit found = store.find(auditId).orElseThrow(NotFoundException::new);
    Optional<AuditStore.ByRole> role = found.roleOf(me.id());
    Optional<AuditStore.Sampled> sampled = store.sampled(auditId, personId);
    if (role.isEmpty()
        || sampled.isEmpty()
        || !found.open()
        || !grants.active(auditId, me.id(), personId)) {
      throw refuse(sampled.isPresent() ? personId : null, "view", auditId);
    }
    return new Access(found, sampled.get(), role.get(), me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER));
  }

  @GetMapping("/audits/{auditId}/feedback/{personId}")
  @PreAuthorize(AUDITS)
  String feedback(
      @PathVariable UUID auditId,
      @PathVariable UUID personId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") AuditForms.Response form,
      Model model) {
    AuditStore.Sampled sampled = workersOwn(me, auditId, personId);
    audit.record(personId, CaseFileAudits.AUDIT_SECTION, "view-feedback", null, "audit " + auditId);
    if (form.getResponse() == null) {
      form.setResponse(sampled.response());
    }
    return feedbackPage(sampled, model, FormErrors.none());
  }

  @PostMapping("/audits/{auditId}/feedback/{personId}")
  @PreAuthorize(AUDITS)
  String respond(
      @PathVariable UUID auditId,
      @PathVariable UUID personId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") AuditForms.Response form,
      Model model,
      RedirectAttributes redirect) {
    AuditStore.Sampled sampled = workersOwn(me, auditId, personId);
    Optional<String> problem = AuditRules.checkResponse(form.getResponse());
    if (problem.isPresent()) {
      return feedbackPage(
          sampled, model, FormErrors.none().add("response", text.get(problem.get())));
    }
    audits.respond(sampled, form.getResponse());
    redirect.addFlashAttribute("savedMessage", "audit.saved.response");
    return "redirect:/audits/" + auditId + "/feedback/" + personId;
  }

  private String feedbackPage(AuditStore.Sampled sampled, Model model, FormErrors errors) {
    AuditStore.Audit found = store.find(sampled.auditId()).orElseThrow(NotFoundException::new);
    List<AuditStore.Score> scores = store.scores(sampled.auditId(), sampled.personId());
    Map<Integer, AuditStore.Score> finals = new LinkedHashMap<>();
    scores.stream()
        .filter(s -> s.byRole() == AuditStore.ByRole.AUDITOR)
        .forEach(s -> finals.put(s.position(), s));
    scores.stream()
        .filter(s -> s.byRole() == AuditStore.ByRole.MODERATOR)
        .forEach(s -> finals.put(s.position(), s));
    model.addAttribute("audit", found);
    model.addAttribute("sampled", sampled);
    model.addAttribute(
        "name", caseloads.names(List.of(sampled.personId())).getOrDefault(sampled.personId(), ""));
    model.addAttribute("questions", store.questions(found.templateId()));
    model.addAttribute("finals", finals);
    model.addAttribute("maxFeedback", AuditRules.MAX_FEEDBACK);
    model.addAttribute("errors", errors);
    model.addAttribute("text", text);
    return "practice/audit-feedback";
  }

  private AuditStore.Sampled workersOwn(StaffMember me, UUID auditId, UUID personId) {
    AuditStore.Sampled sampled =
        store.sampled(auditId, personId).orElseThrow(NotFoundException::new);
    if (!me.id().equals(sampled.workerId()) || sampled.feedback() == null) {
      throw refuse(personId, "view-feedback", auditId);
    }
    return sampled;
  }

  /** Low scores by team, month and question. */
  record ThemeRow(String team, String month, String question, int low, int scored) {}

  @GetMapping("/audits/themes")
  @PreAuthorize(OVERSEES)
  String themes(Model model) {
    audit.record(null, CaseFileAudits.AUDIT_SECTION, "view-themes");
    Map<UUID, String> teamNames = new HashMap<>();
    teams.all().forEach(team -> teamNames.put(team.id(), team.name()));
    model.addAttribute(
        "themes",
        store.themes().stream()
            .map(
                t ->
                    new ThemeRow(
                        teamNames.getOrDefault(t.teamId(), ""),
                        month(t.month()),
                        t.question(),
                        t.low(),
                        t.scored()))
            .toList());
    model.addAttribute("text", text);
    return "practice/audit-themes";
  }

  static String month(java.time.LocalDate month) {
    return month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
  }

  @GetMapping("/audits/templates")
  @PreAuthorize(TEMPLATES)
  String templates(Model model) {
    audit.record(null, CaseFileAudits.AUDIT_SECTION, "view-templates");
    model.addAttribute("templates", store.templates());
    model.addAttribute("text", text);
    return "practice/audit-templates";
  }

  @GetMapping("/audits/templates/new")
  @PreAuthorize(TEMPLATES)
  String templateForm(@ModelAttribute("form") AuditForms.NewTemplate form, Model model) {
    return templatePage(model, FormErrors.none());
  }

  @PostMapping("/audits/templates/new")
  @PreAuthorize(TEMPLATES)
  String addTemplate(
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") AuditForms.NewTemplate form,
      Model model,
      RedirectAttributes redirect) {
    List<AuditStore.Question> questions = new ArrayList<>();
    String name = AuditRules.blankToNull(form.getName());
    Map<String, String> problems =
        AuditRules.check(form, name != null && store.templateNameTaken(name, null), questions);
    if (!problems.isEmpty()) {
      return templatePage(model, errors(problems, TEMPLATE_FIELDS));
    }
    audits.addTemplate(name, form.getDescription(), questions, me);
    redirect.addFlashAttribute("savedMessage", "audit.saved.template");
    return "redirect:/audits/templates";
  }

  private static final List<String> TEMPLATE_FIELDS = templateFields();

  private static List<String> templateFields() {
    List<String> order = new ArrayList<>(List.of("name", "description"));
    for (int i = 0; i < AuditForms.NewTemplate.ROWS; i++) {
      order.add("question-" + i);
    }
    return List.copyOf(order);
  }

  /** The current version of a template, to edit; an earlier version is not edited. */
  private AuditStore.Template current(UUID templateId) {
    AuditStore.Template found = store.template(templateId).orElseThrow(NotFoundException::new);
    if (!found.current()) {
      throw new NotFoundException();
    }
    return found;
  }

  @GetMapping("/audits/templates/{templateId}/edit")
  @PreAuthorize(TEMPLATES)
  String editTemplateForm(@PathVariable UUID templateId, Model model) {
    AuditStore.Template found = current(templateId);
    AuditForms.NewTemplate form = new AuditForms.NewTemplate();
    form.setName(found.name());
    form.setDescription(found.description());
    for (AuditStore.Question question : found.questions()) {
      if (question.position() <= AuditForms.NewTemplate.ROWS) {
        form.getQuestion().set(question.position() - 1, question.question());
        form.getEvidence().set(question.position() - 1, question.evidence().name());
      }
    }
    model.addAttribute("form", form);
    return editPage(found, model, FormErrors.none());
  }

  @PostMapping("/audits/templates/{templateId}/edit")
  @PreAuthorize(TEMPLATES)
  String editTemplate(
      @PathVariable UUID templateId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") AuditForms.NewTemplate form,
      Model model,
      RedirectAttributes redirect) {
    AuditStore.Template found = current(templateId);
    List<AuditStore.Question> questions = new ArrayList<>();
    String name = AuditRules.blankToNull(form.getName());
    Map<String, String> problems =
        AuditRules.check(
            form, name != null && store.templateNameTaken(name, found.familyId()), questions);
    if (!problems.isEmpty()) {
      return editPage(found, model, errors(problems, TEMPLATE_FIELDS));
    }
    audits.editTemplate(found, name, form.getDescription(), questions, me);
    redirect.addFlashAttribute("savedMessage", "audit.saved.templateVersion");
    return "redirect:/audits/templates";
  }

  private String editPage(AuditStore.Template found, Model model, FormErrors errors) {
    model.addAttribute("editing", found);
    return templatePage(model, errors);
  }

  private String templatePage(Model model, FormErrors errors) {
    model.addAttribute("rows", AuditForms.NewTemplate.ROWS);
    model.addAttribute(
        "evidenceKinds", Arrays.stream(AuditEvidence.values()).map(Enum::name).toList());
    model.addAttribute("errors", errors);
    model.addAttribute("text", text);
    return "practice/audit-template-new";
  }

  private FormErrors errors(Map<String, String> problems, List<String> order) {
    FormErrors errors = FormErrors.inFormOrder(order);
    problems.forEach((field, key) -> errors.add(field, text.get(key)));
    return errors;
  }

  private Refused refuse(UUID personId, String action, UUID auditId) {
    audit.record(
        personId, CaseFileAudits.AUDIT_SECTION, "refused-" + action, null, "audit " + auditId);
    return new Refused();
  }
}
