package org.strengths.practice;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditGrants;
import org.strengths.access.AuditLog;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.person.Caseloads;

/**
 * Case-file audits (docs/adr/0140): setting one up draws its sample and opens the sampled records
 * to the auditor and the moderator until it closes; scores, feedback and responses are saved here
 * with their audit entries. Who may do each is decided by the controller.
 */
@Service
class CaseFileAudits {

  static final String AUDIT_SECTION = "case-file-audit";

  /** How long the sampled records stay open to the auditors if the audit is not closed first. */
  static final Duration ACCESS = Duration.ofDays(42);

  sealed interface Outcome permits Created, Invalid {}

  record Created(UUID id) implements Outcome {}

  record Invalid(Map<String, String> problems) implements Outcome {}

  private final AuditStore store;
  private final Caseloads caseloads;
  private final AuditGrants grants;
  private final AuditSituations situations;
  private final StaffAccounts staff;
  private final Teams teams;
  private final AuditLog audit;
  private final Clock clock;
  private final SecureRandom seeds = new SecureRandom();

  CaseFileAudits(
      AuditStore store,
      Caseloads caseloads,
      AuditGrants grants,
      AuditSituations situations,
      StaffAccounts staff,
      Teams teams,
      AuditLog audit,
      Clock clock) {
    this.staff = staff;
    this.teams = teams;
    this.store = store;
    this.caseloads = caseloads;
    this.grants = grants;
    this.situations = situations;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Who may audit or moderate: the practitioners and managers of every team, and the principal
   * social workers, who lead practice across the council (docs/adr/0140).
   */
  List<StaffAccounts.StaffSummary> mayAudit() {
    List<StaffAccounts.StaffSummary> staffList = new ArrayList<>();
    teams.all().forEach(team -> staffList.addAll(staff.membersOf(team.id())));
    staffList.addAll(staff.withRole(Role.PRINCIPAL_SOCIAL_WORKER));
    return staffList;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Sets up an audit as typed, or says what is wrong. */
  @Transactional
  Outcome create(AuditForms.Setup form, StaffMember by) {
    List<AuditRules.Setup> checked = new ArrayList<>();
    Map<String, String> problems = AuditRules.check(form, today(), checked);
    if (!problems.isEmpty()) {
      return new Invalid(problems);
    }
    AuditRules.Setup setup = checked.get(0);
    if (store.template(setup.templateId()).filter(AuditStore.Template::current).isEmpty()) {
      return new Invalid(Map.of("template", "audit.error.template"));
    }
    java.util.Set<UUID> auditors =
        mayAudit().stream().map(StaffAccounts.StaffSummary::id).collect(Collectors.toSet());
    if (!auditors.contains(setup.auditorId())) {
      return new Invalid(Map.of("auditor", "audit.error.auditor"));
    }
    if (!auditors.contains(setup.moderatorId())) {
      return new Invalid(Map.of("moderator", "audit.error.moderator"));
    }
    if (setup.situation() == AuditSituation.PRIMARY_SUPPORT_REASON
        && !situations.isReason(setup.situationDetail())) {
      return new Invalid(Map.of("reason", "audit.error.reason"));
    }
    List<Caseloads.Allocated> frame =
        auditable(setup.teamId(), setup.auditorId(), setup.moderatorId()).stream()
            .filter(
                person ->
                    setup.sampling() != AuditStore.Sampling.WORKER
                        || setup.workerId().equals(person.workerId()))
            .toList();
    if (setup.sampling() == AuditStore.Sampling.SITUATION) {
      java.util.Set<UUID> inSituation =
          situations.matching(
              setup.situation(),
              setup.situationDetail(),
              frame.stream().map(Caseloads.Allocated::personId).toList(),
              setup.month());
      frame = frame.stream().filter(person -> inSituation.contains(person.personId())).toList();
    }
    if (frame.isEmpty()) {
      return new Invalid(
          switch (setup.sampling()) {
            case WORKER -> Map.of("worker", "audit.error.nobody");
            case SITUATION -> Map.of("situation", "audit.error.nobodyInSituation");
            case RANDOM -> Map.of("team", "audit.error.nobody");
          });
    }
    Long seed =
        setup.sampling() != AuditStore.Sampling.WORKER
            ? (setup.seed() != null ? setup.seed() : (long) seeds.nextInt(1_000_000))
            : null;
    List<UUID> ids = frame.stream().map(Caseloads.Allocated::personId).toList();
    List<UUID> drawn =
        seed != null
            ? AuditSampling.draw(ids, seed, setup.size())
            : AuditSampling.first(ids, setup.size());
    return new Created(
        open(
            setup.templateId(),
            setup.teamId(),
            setup.month(),
            setup.sampling(),
            seed,
            setup.workerId(),
            setup.situation(),
            setup.situationDetail(),
            setup.size(),
            frame.size(),
            setup.auditorId(),
            setup.moderatorId(),
            null,
            drawn,
            workers(frame),
            by.getUsername()));
  }

  private static Map<UUID, UUID> workers(List<Caseloads.Allocated> frame) {
    Map<UUID, UUID> workers = new java.util.HashMap<>();
    frame.forEach(
        person -> {
          if (person.workerId() != null) {
            workers.put(person.personId(), person.workerId());
          }
        });
    return workers;
  }

  UUID open(
      UUID templateId,
      UUID teamId,
      LocalDate month,
      AuditStore.Sampling sampling,
      Long seed,
      UUID workerId,
      AuditSituation situation,
      String situationDetail,
      int size,
      int frameSize,
      UUID auditorId,
      UUID moderatorId,
      UUID reAuditOf,
      List<UUID> drawn,
      Map<UUID, UUID> workers,
      String by) {
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    AuditStore.Audit created =
        new AuditStore.Audit(
            id,
            templateId,
            teamId,
            month,
            sampling,
            seed,
            workerId,
            situation,
            situationDetail,
            size,
            frameSize,
            auditorId,
            moderatorId,
            reAuditOf,
            AuditStore.Status.OPEN,
            now.plus(ACCESS),
            null,
            now,
            by);
    List<AuditStore.Sampled> sample = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      sample.add(
          new AuditStore.Sampled(
              id, drawn.get(i), i + 1, workers.get(drawn.get(i)), null, null, null, null));
    }
    store.insertAudit(created, sample);
    grants.grant(id, auditorId, drawn, created.accessUntil());
    grants.grant(id, moderatorId, drawn, created.accessUntil());
    audit.record(null, AUDIT_SECTION, "create", null, "audit " + id);
    return id;
  }

  /** The team's records an audit may sample: never those the auditor or moderator hold. */
  List<Caseloads.Allocated> auditable(UUID teamId, UUID auditorId, UUID moderatorId) {
    return caseloads.team(teamId).stream()
        .filter(person -> !auditorId.equals(person.workerId()))
        .filter(person -> !moderatorId.equals(person.workerId()))
        .toList();
  }

  /** Audits the same records again with the same template and auditors. */
  @Transactional
  UUID reAudit(AuditStore.Audit original, StaffMember by) {
    List<AuditStore.Sampled> sample = store.sample(original.id());
    Map<UUID, UUID> workers = new java.util.HashMap<>();
    sample.forEach(
        sampled -> {
          if (sampled.workerId() != null) {
            workers.put(sampled.personId(), sampled.workerId());
          }
        });
    return open(
        original.templateId(),
        original.teamId(),
        today().withDayOfMonth(1),
        original.sampling(),
        original.seed(),
        original.targetWorker(),
        original.situation(),
        original.situationDetail(),
        original.sampleSize(),
        original.frameSize(),
        original.auditorId(),
        original.moderatorId(),
        original.id(),
        sample.stream().map(AuditStore.Sampled::personId).toList(),
        workers,
        by.getUsername());
  }

  /** Closes the audit: its records close to its auditors at once. */
  @Transactional
  void close(AuditStore.Audit open) {
    store.close(open.id(), clock.instant());
    grants.end(open.id());
    audit.record(null, AUDIT_SECTION, "close", null, "audit " + open.id());
  }

  /** Saves one auditor's scores for a record, and the auditor's feedback to the worker. */
  @Transactional
  Map<String, String> score(
      AuditStore.Audit audit,
      UUID personId,
      AuditStore.ByRole role,
      AuditForms.Scores form,
      StaffMember by) {
    List<AuditStore.Score> scores = new ArrayList<>();
    Map<String, String> problems =
        AuditRules.check(form, store.questions(audit.templateId()), scores);
    if (!problems.isEmpty()) {
      return problems;
    }
    store.saveScores(
        audit.id(),
        personId,
        role,
        scores.stream()
            .map(s -> new AuditStore.Score(s.position(), role, s.score(), s.narrative()))
            .toList(),
        clock.instant(),
        by.getUsername());
    this.audit.record(personId, AUDIT_SECTION, "score", null, "audit " + audit.id() + " " + role);
    String feedback = AuditRules.blankToNull(form.getFeedback());
    if (role == AuditStore.ByRole.AUDITOR && feedback != null) {
      store.saveFeedback(audit.id(), personId, feedback, clock.instant());
      this.audit.record(personId, AUDIT_SECTION, "feedback", null, "audit " + audit.id());
    }
    return Map.of();
  }

  /** Saves the worker's response to feedback. */
  @Transactional
  void respond(AuditStore.Sampled sampled, String response) {
    store.saveResponse(sampled.auditId(), sampled.personId(), response.strip(), clock.instant());
    audit.record(sampled.personId(), AUDIT_SECTION, "respond", null, "audit " + sampled.auditId());
  }

  /** Adds a template configured by a principal social worker or an administrator. */
  @Transactional
  UUID addTemplate(
      String name, String description, List<AuditStore.Question> questions, StaffMember by) {
    UUID id = UUID.randomUUID();
    store.insertTemplate(
        id,
        name.strip(),
        AuditRules.blankToNull(description),
        questions,
        clock.instant(),
        by.getUsername());
    audit.record(null, AUDIT_SECTION, "add-template", null, "template " + id);
    return id;
  }

  /**
   * Saves an edited template as its next version; audits already set up keep the version they were
   * set up with, and its questions.
   */
  @Transactional
  UUID editTemplate(
      AuditStore.Template old,
      String name,
      String description,
      List<AuditStore.Question> questions,
      StaffMember by) {
    UUID id = UUID.randomUUID();
    store.insertVersion(
        old,
        id,
        name.strip(),
        AuditRules.blankToNull(description),
        questions,
        clock.instant(),
        by.getUsername());
    audit.record(
        null,
        AUDIT_SECTION,
        "edit-template",
        null,
        "template " + old.id() + " version " + (old.version() + 1) + " " + id);
    return id;
  }
}
