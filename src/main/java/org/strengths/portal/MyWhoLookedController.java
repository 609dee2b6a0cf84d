package org.strengths.portal;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.ActingFor;
import org.strengths.access.AuditLog;
import org.strengths.access.RecordLooks;

/**
 * "Who has looked at my record": every view or change of the person's own record by staff, in plain
 * words, newest first (docs/adr/0112). Staff are shown by role and team; by name too only where the
 * council sets {@code strengths.portal.show-staff-names}. Someone who signed in to the person's
 * pages for them, a representative or a carer, is shown by name and how they stand to the person
 * ("Ali Raza, your attorney"), whatever the council chooses for staff (docs/adr/0164). The person's
 * own visits are not listed back to them.
 */
@Controller
class MyWhoLookedController {

  static final int PAGE_SIZE = 50;

  /** The parts of a record with words of their own; any other part is "your record". */
  static final Set<String> NAMED_PARTS =
      Set.of(
          "record",
          "person",
          "details",
          "context",
          "allocation",
          "plan",
          "conversation",
          "conversation-stage",
          "assessment",
          "eligibility",
          "carers",
          "carer-assessment",
          "connection",
          "network",
          "ideas",
          "support-request",
          "online-access",
          "audit-trail",
          // The person's own pages, as seen by someone signed in to them for the person.
          "my-home",
          "my-plan",
          "my-assessment",
          "my-caring",
          "my-own-words",
          "how-its-going",
          "ask-for-a-review",
          "my-network",
          "my-sharing",
          "my-who-looked",
          "act-for",
          "messages");

  /** Actions that only read the record (a form sent back with a mistake changed nothing). */
  static final Set<String> READING = Set.of("view", "list", "download", "export", "refused");

  private final RecordLooks looks;
  private final AuditLog audit;
  private final MyPagesText text;
  private final boolean showStaffNames;

  MyWhoLookedController(
      RecordLooks looks,
      AuditLog audit,
      MyPagesText text,
      @Value("${strengths.portal.show-staff-names:false}") boolean showStaffNames) {
    this.looks = looks;
    this.audit = audit;
    this.text = text;
    this.showStaffNames = showStaffNames;
  }

  @GetMapping("/my/who-looked")
  @PreAuthorize("hasRole('PERSON')")
  String whoLooked(
      @AuthenticationPrincipal PersonSignedIn person,
      @RequestParam(name = "page", defaultValue = "1") int page,
      Model model) {
    RecordLooks.Page shown = looks.page(person.personId(), page, PAGE_SIZE);
    audit.recordByThePerson(person.personId(), "my-who-looked", "view", "page " + shown.number());
    model.addAttribute("person", person);
    model.addAttribute("page", shown);
    model.addAttribute(
        "rows", shown.looks().stream().map(look -> row(look, person.firstName())).toList());
    return "portal/my-who-looked";
  }

  private Row row(RecordLooks.Look look, String firstName) {
    String who = look.actingFor() != null ? actingFor(look.actingFor(), firstName) : staff(look);
    String part = text.get("my.looked.part." + partOf(look));
    String did =
        look.breakGlass() ? "breakGlass" : READING.contains(look.action()) ? "looked" : "changed";
    String sentence = text.get("my.looked.did." + did, who, part);
    return new Row(
        text.moment(look.at()),
        Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1),
        look.breakGlass(),
        look.reason());
  }

  private static String partOf(RecordLooks.Look look) {
    // A carer's look at the person's record is only ever at what the person shares with them.
    if (look.actingFor() != null && ActingFor.CARER.equals(look.actingFor().role())) {
      return "shared-with-carer";
    }
    return NAMED_PARTS.contains(look.section()) ? look.section() : "other";
  }

  private String staff(RecordLooks.Look look) {
    String role =
        text.get("my.looked.role." + (look.role() == null ? "unknown" : look.role().name()));
    String who = look.team() == null ? role : text.get("my.looked.inTeam", role, look.team());
    if (showStaffNames && look.staffName() != null) {
      who = text.get("my.looked.named", look.staffName(), who);
    }
    return who;
  }

  /**
   * "Ali Raza, your attorney" from the log's "Ali Raza, lasting power of attorney, for Nusrat": the
   * log keeps only the words written when they looked, so the name is what comes before the words
   * the portal adds. Words it did not write (a first name changed since) are shown as recorded.
   */
  String actingFor(ActingFor acting, String firstName) {
    String recorded = acting.attribution();
    if (ActingFor.CARER.equals(acting.role())) {
      String suffix = text.get("caring.attribution", "", firstName);
      if (recorded.endsWith(suffix) && recorded.length() > suffix.length()) {
        return text.get("my.looked.carer", nameBefore(recorded, suffix));
      }
    } else {
      for (RepresentativeRules.Authority authority : RepresentativeRules.Authority.values()) {
        String suffix =
            text.get(
                "reps.attribution",
                "",
                text.get("reps.authority.short." + authority.name()),
                firstName);
        if (recorded.endsWith(suffix) && recorded.length() > suffix.length()) {
          return text.get(
              "my.looked.representative." + authority.name(), nameBefore(recorded, suffix));
        }
      }
    }
    return recorded;
  }

  private static String nameBefore(String recorded, String suffix) {
    return recorded.substring(0, recorded.length() - suffix.length());
  }

  /** A look as the page shows it: when, in words, what happened, and a break-glass reason. */
  record Row(String when, String what, boolean breakGlass, String reason) {}
}
