package org.strengths.portal;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.AuditLog;
import org.strengths.access.RecordLooks;

/**
 * "Who has looked at my record": every view or change of the person's own record by staff, in plain
 * words, newest first (docs/adr/0112). Staff are shown by role and team; by name too only where the
 * council sets {@code strengths.portal.show-staff-names}.
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
          "messages");

  /** Actions that only read the record. */
  static final Set<String> READING = Set.of("view", "list", "download", "export");

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
    model.addAttribute("rows", shown.looks().stream().map(this::row).toList());
    return "portal/my-who-looked";
  }

  private Row row(RecordLooks.Look look) {
    String role =
        text.get("my.looked.role." + (look.role() == null ? "unknown" : look.role().name()));
    String who = look.team() == null ? role : text.get("my.looked.inTeam", role, look.team());
    if (showStaffNames && look.staffName() != null) {
      who = text.get("my.looked.named", look.staffName(), who);
    }
    String part =
        text.get(
            "my.looked.part." + (NAMED_PARTS.contains(look.section()) ? look.section() : "other"));
    String did =
        look.breakGlass() ? "breakGlass" : READING.contains(look.action()) ? "looked" : "changed";
    String sentence = text.get("my.looked.did." + did, who, part);
    return new Row(
        text.moment(look.at()),
        Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1),
        look.breakGlass(),
        look.reason());
  }

  /** A look as the page shows it: when, in words, what happened, and a break-glass reason. */
  record Row(String when, String what, boolean breakGlass, String reason) {}
}
