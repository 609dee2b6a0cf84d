package org.strengths.portal;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strengths.access.ActingFor;
import org.strengths.access.AuditLog;
import org.strengths.carer.CarerSharing;
import org.strengths.carer.CarerSharing.SharingScope;
import org.strengths.person.People;
import org.strengths.planning.MyPlan;
import org.strengths.planning.SupportPlans;

/**
 * A carer's own support on their own pages: their carer's assessment, and about each person they
 * care for only what that person agreed to share with them (docs/adr/0118). The carer's view is
 * audited on their own record as the person; each look at a cared-for person's shared parts is
 * audited on that person's record in the carer's name ("Kim Lee, carer, for Rosa").
 */
@Controller
class MyCaringController {

  private final CarerSharing carers;
  private final SupportPlans plans;
  private final People people;
  private final AuditLog audit;
  private final MyPagesText words;

  MyCaringController(
      CarerSharing carers, SupportPlans plans, People people, AuditLog audit, MyPagesText words) {
    this.carers = carers;
    this.plans = plans;
    this.people = people;
    this.audit = audit;
    this.words = words;
  }

  /** What the carer sees about one person they care for: only the parts shared. */
  record CaredForView(
      String firstName,
      boolean sharesAnything,
      boolean hasPlan,
      List<MyPlan.Help> help,
      String nextReview,
      boolean showHelp,
      boolean showNextReview) {}

  @GetMapping("/my/caring")
  @PreAuthorize("hasRole('PERSON')")
  String caring(@AuthenticationPrincipal PersonSignedIn person, Model model) {
    // A representative acts for the person in the person's own matters; what someone shared with
    // the person as their carer was shared with the person, not with their representative.
    boolean representative =
        SecurityContextHolder.getContext().getAuthentication().getDetails() instanceof ActingFor;
    audit.recordByThePerson(person.personId(), "my-caring", "view", null);
    model.addAttribute("person", person);
    model.addAttribute("assessments", carers.assessmentsOf(person.personId()));
    model.addAttribute(
        "caredFor",
        representative
            ? List.of()
            : carers.caredForBy(person.personId()).stream().map(c -> view(person, c)).toList());
    return "portal/my-caring";
  }

  private CaredForView view(PersonSignedIn carer, CarerSharing.CaredFor caredFor) {
    String firstName = people.find(caredFor.caredForId()).map(PersonSignIn::firstNameOf).orElse("");
    if (caredFor.shared().isEmpty()) {
      return new CaredForView(firstName, false, false, List.of(), null, false, false);
    }
    Optional<MyPlan> plan = plans.myAgreedPlan(caredFor.caredForId(), firstName);
    String carerName =
        people.find(carer.personId()).map(d -> d.displayName()).orElse(carer.firstName());
    audit.recordBy(
        ActingFor.carer(words.get("caring.attribution", carerName, firstName)),
        caredFor.caredForId(),
        "my-caring",
        "view",
        String.join(",", caredFor.shared().stream().map(Enum::name).sorted().toList()));
    boolean help = caredFor.shared().contains(SharingScope.WHO_HELPS);
    boolean review = caredFor.shared().contains(SharingScope.NEXT_REVIEW);
    return new CaredForView(
        firstName,
        true,
        plan.isPresent(),
        help ? plan.map(MyPlan::help).orElse(List.of()) : List.of(),
        review
            ? plan.map(MyPlan::nextReview).map(words::date).orElse(words.get("caring.notSet"))
            : null,
        help,
        review);
  }
}
