package org.strengths.person;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.strengths.access.StaffAccounts;
import org.strengths.access.Teams;
import org.strengths.platform.ReferenceData;

/** The choices the person forms offer: teams and their workers, ethnic groups, formats. */
@Component
class FormOptions {

  /** A team and the staff in it who can hold allocations (an optgroup of the worker select). */
  record TeamWorkers(Teams.Team team, List<StaffAccounts.StaffSummary> workers) {}

  /** A preferred format and its message key. */
  record Format(String code, String labelKey) {}

  private final Teams teams;
  private final StaffAccounts staffAccounts;
  private final ReferenceData referenceData;

  FormOptions(Teams teams, StaffAccounts staffAccounts, ReferenceData referenceData) {
    this.teams = teams;
    this.staffAccounts = staffAccounts;
    this.referenceData = referenceData;
  }

  void addAllocationChoices(Model model) {
    List<Teams.Team> all = teams.all();
    model.addAttribute("teams", all);
    model.addAttribute(
        "teamWorkers",
        all.stream()
            .map(team -> new TeamWorkers(team, staffAccounts.membersOf(team.id())))
            .toList());
  }

  void addDetailChoices(Model model) {
    model.addAttribute("ethnicities", referenceData.current(PersonRules.ETHNICITY_LIST));
    model.addAttribute(
        "formats",
        Arrays.stream(PreferredFormat.values())
            .map(format -> new Format(format.name(), format.labelKey()))
            .toList());
  }
}
