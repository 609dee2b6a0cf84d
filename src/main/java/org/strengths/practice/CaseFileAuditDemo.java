package org.strengths.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.person.Caseloads;
import org.strengths.platform.ApplicationClock;

/**
 * The demo council's case-file audits, made through the same path as the pages: a completed audit
 * of North locality two months ago (audited by Tom Reid, moderated by Daniel Hughes, fed back, Sam
 * Okafor's response, closed) and an audit of South locality last month in progress (Sam Okafor
 * auditing, Priya Shah moderating, one record scored). The demo module calls it after supervision.
 */
@Component
public class CaseFileAuditDemo {

  static final String DEFAULT_TEMPLATE = "5b0a7d1e-0140-4000-8000-000000000001";

  private final CaseFileAudits audits;
  private final AuditStore store;
  private final StaffAccounts staff;
  private final Teams teams;
  private final Clock clock;

  CaseFileAuditDemo(
      CaseFileAudits audits, AuditStore store, StaffAccounts staff, Teams teams, Clock clock) {
    this.audits = audits;
    this.store = store;
    this.staff = staff;
    this.teams = teams;
    this.clock = clock;
  }

  /** Adds the demo audits unless there are audits already; whether it added them. */
  public boolean add() {
    if (!store.audits().isEmpty()) {
      return false;
    }
    StaffMember psw = staff.loadUserByUsername("psw");
    StaffMember tom = staff.loadUserByUsername("practitioner2");
    StaffMember daniel = staff.loadUserByUsername("manager2");
    StaffMember sam = staff.loadUserByUsername("practitioner");
    StaffMember priya = staff.loadUserByUsername("manager");
    LocalDate today = LocalDate.now(clock);

    UUID completed =
        on(
            today.minusDays(40),
            () ->
                create(
                    psw,
                    "North locality",
                    today.minusMonths(2),
                    seedSampling(sam, "North locality", tom, daniel, 3),
                    3,
                    tom,
                    daniel));
    AuditStore.Audit done = store.find(completed).orElseThrow();
    List<AuditStore.Sampled> sample = store.sample(completed);
    for (int i = 0; i < sample.size(); i++) {
      UUID person = sample.get(i).personId();
      int variant = i;
      on(
          today.minusDays(36 - i),
          () ->
              score(
                  done,
                  person,
                  AuditStore.ByRole.AUDITOR,
                  tom,
                  variant,
                  "Good use of the person's own words. Record the para 6.64 checks with the"
                      + " family, and note the risks the person chose to take and why."));
      on(
          today.minusDays(33),
          () -> score(done, person, AuditStore.ByRole.MODERATOR, daniel, variant + 1, null));
    }
    for (AuditStore.Sampled sampled : store.sample(completed)) {
      if (sam.id().equals(sampled.workerId())) {
        on(
            today.minusDays(31),
            () -> {
              audits.respond(
                  sampled,
                  "Thank you. I have asked the family about the help they give"
                      + " and recorded the checks, and I will write up positive risk with the person.");
              return null;
            });
      }
    }
    on(
        today.minusDays(28),
        () -> {
          audits.close(store.find(completed).orElseThrow());
          return null;
        });

    UUID inProgress =
        on(
            today.minusDays(6),
            () -> create(psw, "South locality", today.minusMonths(1), 7L, 2, sam, priya));
    AuditStore.Audit open = store.find(inProgress).orElseThrow();
    UUID first = store.sample(inProgress).get(0).personId();
    on(
        today.minusDays(3),
        () ->
            score(
                open,
                first,
                AuditStore.ByRole.AUDITOR,
                sam,
                0,
                "The plan builds on what matters to the person; the network is recorded well."));
    return true;
  }

  private UUID teamId(String team) {
    return teams.all().stream().filter(t -> t.name().equals(team)).findFirst().orElseThrow().id();
  }

  /**
   * The first seed from 2026 whose random sample of the team's records (the frame the audit draws
   * from: the team's people, less the auditor's and moderator's) includes one of {@code worker}'s,
   * so the demo's feedback always reaches them. Some demo people's record ids are made at random on
   * start, so one fixed seed samples differently from one start to the next.
   */
  private long seedSampling(
      StaffMember worker, String team, StaffMember auditor, StaffMember moderator, int size) {
    List<Caseloads.Allocated> frame = audits.auditable(teamId(team), auditor.id(), moderator.id());
    List<UUID> ids = frame.stream().map(Caseloads.Allocated::personId).toList();
    Set<UUID> theirs =
        frame.stream()
            .filter(person -> worker.id().equals(person.workerId()))
            .map(Caseloads.Allocated::personId)
            .collect(Collectors.toSet());
    for (long seed = 2026; seed < 3026; seed++) {
      if (AuditSampling.draw(ids, seed, size).stream().anyMatch(theirs::contains)) {
        return seed;
      }
    }
    return 2026;
  }

  private UUID create(
      StaffMember by,
      String team,
      LocalDate month,
      long seed,
      int size,
      StaffMember auditor,
      StaffMember moderator) {
    AuditForms.Setup form = new AuditForms.Setup();
    form.setTemplate(DEFAULT_TEMPLATE);
    form.setTeam(teamId(team).toString());
    form.setMonth(month.toString().substring(0, 7));
    form.setSampling("RANDOM");
    form.setSize(String.valueOf(size));
    form.setSeed(String.valueOf(seed));
    form.setAuditor(auditor.id().toString());
    form.setModerator(moderator.id().toString());
    if (audits.create(form, by) instanceof CaseFileAudits.Created created) {
      return created.id();
    }
    throw new IllegalStateException("Demo audit refused for " + team);
  }

  /**
   * Scores every question: mostly good, with positive risk-taking and the network checks the weak
   * points a theme should show; {@code variant} moves one score so moderation differs.
   */
  private Void score(
      AuditStore.Audit audit,
      UUID person,
      AuditStore.ByRole role,
      StaffMember by,
      int variant,
      String feedback) {
    AuditForms.Scores form = new AuditForms.Scores();
    for (AuditStore.Question question : store.questions(audit.templateId())) {
      int position = question.position();
      int score =
          switch (position) {
            case 3, 6 -> 2;
            case 1, 2 -> 4;
            default -> 3;
          };
      if (role == AuditStore.ByRole.MODERATOR && position == 1 + variant % 5) {
        score = score == 4 ? 3 : score + 1;
      }
      form.getScore().put(String.valueOf(position), String.valueOf(score));
      if (score <= AuditRules.LOW) {
        form.getNarrative()
            .put(
                String.valueOf(position),
                position == 3
                    ? "The daughter gives daily care but willing, able and impact are not recorded."
                    : "No record of the risks the person chose to take, or of their view.");
      }
    }
    form.setFeedback(role == AuditStore.ByRole.AUDITOR ? feedback : null);
    Map<String, String> problems = audits.score(audit, person, role, form, by);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Demo scores refused: " + problems);
    }
    return null;
  }

  /** Runs {@code work} as if in the afternoon of {@code day}. */
  private <T> T on(LocalDate day, Supplier<T> work) {
    Object[] result = new Object[1];
    ApplicationClock.at(
        day.atTime(LocalTime.of(14, 0)).atZone(clock.getZone()).toInstant(),
        () -> result[0] = work.get());
    @SuppressWarnings("unchecked")
    T typed = (T) result[0];
    return typed;
  }
}
