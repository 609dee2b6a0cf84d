package org.strengths.practice;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.strengths.access.AuditLog;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.platform.web.Csv;
import org.strengths.platform.web.NotFoundException;

/**
 * The team capability heatmap (docs/adr/0151): statements down, the team's practitioners across,
 * each cell a level in words and colour, with a CSV download. The principal social worker chooses
 * any team; a team manager sees their own. Views and downloads are audited.
 */
@Controller
class CapabilityController {

  static final String PAGE = "/development/capability";

  private final List<CapabilitySource> sources;
  private final StatementStore statements;
  private final StaffAccounts staff;
  private final Teams teams;
  private final AuditLog audit;
  private final PracticeText text;

  CapabilityController(
      List<CapabilitySource> sources,
      StatementStore statements,
      StaffAccounts staff,
      Teams teams,
      AuditLog audit,
      PracticeText text) {
    this.sources = sources;
    this.statements = statements;
    this.staff = staff;
    this.teams = teams;
    this.audit = audit;
    this.text = text;
  }

  @ExceptionHandler(SelfAssessmentRefused.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String refused() {
    return "development/private";
  }

  @GetMapping(PAGE)
  @PreAuthorize("hasAnyRole('MANAGER','PRINCIPAL_SOCIAL_WORKER')")
  String heatmap(
      @RequestParam(required = false) String team,
      @AuthenticationPrincipal StaffMember me,
      Model model) {
    Teams.Team chosen = team(me, team, "view-capability");
    audit.record(
        null, SelfAssessments.AUDIT_SECTION, "view-capability", null, "team " + chosen.id());
    model.addAttribute("team", chosen);
    model.addAttribute(
        "teams", me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER) ? sortedTeams() : List.of());
    model.addAttribute("heatmap", heatmap(chosen));
    model.addAttribute("ratings", List.of(SelfAssessmentRating.values()));
    model.addAttribute("mayLoadWording", SelfAssessmentAccess.mayLoadWording(me));
    model.addAttribute("text", text);
    return "development/capability";
  }

  @GetMapping(PAGE + ".csv")
  @PreAuthorize("hasAnyRole('MANAGER','PRINCIPAL_SOCIAL_WORKER')")
  void download(
      @RequestParam(required = false) String team,
      @AuthenticationPrincipal StaffMember me,
      HttpServletResponse response)
      throws IOException {
    Teams.Team chosen = team(me, team, "download-capability");
    audit.record(
        null, SelfAssessments.AUDIT_SECTION, "download-capability", null, "team " + chosen.id());
    byte[] csv = heatmap(chosen).csv(key -> text.get(key)).getBytes(StandardCharsets.UTF_8);
    response.setContentType(Csv.CONTENT_TYPE);
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"capability-" + text.today() + ".csv\"");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
    response.flushBuffer();
  }

  /** Every source's levels together, in the sources' order (self-assessment first). */
  private CapabilityHeatmap heatmap(Teams.Team team) {
    List<CapabilityHeatmap.Worker> workers =
        staff.membersOf(team.id()).stream()
            .filter(member -> member.role() == Role.PRACTITIONER)
            .map(member -> new CapabilityHeatmap.Worker(member.id(), member.displayName()))
            .sorted(Comparator.comparing(CapabilityHeatmap.Worker::name))
            .toList();
    List<UUID> ids = workers.stream().map(CapabilityHeatmap.Worker::id).toList();
    Map<CapabilityHeatmap.Source, Map<UUID, Map<UUID, CapabilityLevel>>> levels =
        new LinkedHashMap<>();
    sources.forEach(source -> levels.put(CapabilityHeatmap.Source.of(source), source.levels(ids)));
    return CapabilityHeatmap.of(statements.all(), workers, levels);
  }

  private List<Teams.Team> sortedTeams() {
    return teams.all().stream().sorted(Comparator.comparing(Teams.Team::name)).toList();
  }

  /**
   * The team asked for, or the viewer's own (the first team for the principal social worker, who
   * has none); a manager asking for another team is refused and audited.
   */
  private Teams.Team team(StaffMember me, String typed, String action) {
    UUID asked = SupervisionRules.uuid(typed);
    UUID teamId = asked != null ? asked : me.teamId();
    Optional<Teams.Team> team =
        teamId != null ? teams.find(teamId) : sortedTeams().stream().findFirst();
    if (team.isEmpty()) {
      throw new NotFoundException();
    }
    if (!SelfAssessmentAccess.maySeeCapabilityOf(me, team.get().id())) {
      audit.record(
          null,
          SelfAssessments.AUDIT_SECTION,
          "refused-" + action,
          null,
          "team " + team.get().id());
      throw new SelfAssessmentRefused();
    }
    return team.get();
  }
}
