package org.strengths.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * Administrators set the postcode districts each team covers (docs/adr/0175): a request for support
 * made online reaches the team covering the person's postcode district. Until this page they were
 * set only by configuration on start ({@code strengths.ask-for-support.team-areas}) or the demo. A
 * district belongs to one team at most; a change is refused when someone else changed the team's
 * districts since the page was opened. Every change is audited.
 */
@Controller
class TeamDistrictsController {

  static final String SECTION = "team-districts";

  /**
   * The form: the districts as typed, and those the page showed when it was opened (space
   * separated), for the stale check.
   */
  record DistrictsForm(String districts, String seen) {}

  /** A team in the list. */
  record Row(UUID id, String name, List<String> districts) {}

  private final Teams teams;
  private final AuditLog audit;
  private final AccessText text;

  TeamDistrictsController(Teams teams, AuditLog audit, AccessText text) {
    this.teams = teams;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/admin/teams")
  @PreAuthorize("hasRole('ADMIN')")
  String list(Model model) {
    Map<UUID, List<String>> districts = teams.districtsByTeam();
    model.addAttribute(
        "teams",
        teams.all().stream()
            .map(
                team ->
                    new Row(team.id(), team.name(), districts.getOrDefault(team.id(), List.of())))
            .toList());
    return "access/teams";
  }

  @GetMapping("/admin/teams/{id}/districts")
  @PreAuthorize("hasRole('ADMIN')")
  String form(@PathVariable UUID id, Model model) {
    Teams.Team team = teams.find(id).orElseThrow(NotFoundException::new);
    String current = String.join(" ", teams.districts(id));
    return show(team, new DistrictsForm(current, current), FormErrors.none(), model);
  }

  @PostMapping("/admin/teams/{id}/districts")
  @PreAuthorize("hasRole('ADMIN')")
  String save(
      @PathVariable UUID id,
      @ModelAttribute DistrictsForm form,
      Model model,
      RedirectAttributes redirect) {
    Teams.Team team = teams.find(id).orElseThrow(NotFoundException::new);
    TeamDistrictRules.Checked checked = TeamDistrictRules.check(form.districts());
    if (!checked.ok()) {
      return refused(team, form, text.get(checked.problem(), checked.argument()), model);
    }
    Teams.DistrictsChange change =
        teams.changeDistricts(id, TeamDistrictRules.seen(form.seen()), checked.districts());
    if (change instanceof Teams.DistrictsChange.Stale) {
      String current = String.join(" ", teams.districts(id));
      return refused(
          team,
          new DistrictsForm(form.districts(), current),
          current.isEmpty()
              ? text.get("teams.districts.error.staleNone")
              : text.get("teams.districts.error.stale", current),
          model);
    }
    if (change instanceof Teams.DistrictsChange.Taken taken) {
      return refused(
          team,
          form,
          text.get("teams.districts.error.taken", taken.district(), taken.teamName()),
          model);
    }
    Teams.DistrictsChange.Done done = (Teams.DistrictsChange.Done) change;
    audit.record(
        null,
        SECTION,
        "change",
        null,
        team.name() + ": added " + listed(done.added()) + "; removed " + listed(done.removed()));
    redirect.addFlashAttribute("savedMessage", "teams.districts.saved");
    return "redirect:/admin/teams";
  }

  private static String listed(List<String> districts) {
    return districts.isEmpty() ? "none" : String.join(" ", districts);
  }

  private String refused(Teams.Team team, DistrictsForm form, String problem, Model model) {
    return show(team, form, new FormErrors().add("districts", problem), model);
  }

  private String show(Teams.Team team, DistrictsForm form, FormErrors errors, Model model) {
    model.addAttribute("team", team);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "access/team-districts";
  }
}
