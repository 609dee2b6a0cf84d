package org.strengths.portal;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.connection.Disclosures;
import org.strengths.platform.web.NotFoundException;

/**
 * "What is shared, and your choices" (docs/adr/0117): each time the person's details were sent to a
 * voluntary organisation (what, to whom, when, on what basis, with what consent), and the choice to
 * stop sharing for the future. Only the signed-in person's own connections; another person's id is
 * "not found". Every view and change is audited as the person.
 */
@Controller
class MySharingController {

  static final String PATH = "/my/sharing";

  private final Disclosures disclosures;
  private final AuditLog audit;

  MySharingController(Disclosures disclosures, AuditLog audit) {
    this.disclosures = disclosures;
    this.audit = audit;
  }

  @GetMapping(PATH)
  @PreAuthorize("hasRole('PERSON')")
  String sharing(@AuthenticationPrincipal PersonSignedIn person, Model model) {
    var shown = disclosures.ofPerson(person.personId());
    audit.recordByThePerson(person.personId(), "my-sharing", "view", shown.size() + " shown");
    model.addAttribute("person", person);
    model.addAttribute("homePath", "/my/");
    model.addAttribute("disclosures", shown);
    return "portal/my-sharing";
  }

  @GetMapping(PATH + "/{connectionId}/stop")
  @PreAuthorize("hasRole('PERSON')")
  String confirm(
      @PathVariable UUID connectionId,
      @AuthenticationPrincipal PersonSignedIn person,
      Model model) {
    Disclosures.Disclosure disclosure =
        disclosures.ofPerson(person.personId(), connectionId).orElseThrow(NotFoundException::new);
    audit.recordByThePerson(
        person.personId(), "my-sharing", "view", "stop " + disclosure.connectionId());
    if (disclosure.consentWithdrawn()) {
      return "redirect:" + PATH;
    }
    model.addAttribute("person", person);
    model.addAttribute("homePath", "/my/");
    model.addAttribute("disclosure", disclosure);
    return "portal/my-sharing-stop";
  }

  @PostMapping(PATH + "/{connectionId}/stop")
  @PreAuthorize("hasRole('PERSON')")
  String stop(
      @PathVariable UUID connectionId,
      @AuthenticationPrincipal PersonSignedIn person,
      RedirectAttributes redirect) {
    // Audited by the connection module with the change itself, as the person.
    Disclosures.Withdrawal withdrawal =
        disclosures.withdrawConsent(person.personId(), connectionId);
    switch (withdrawal) {
      case NOT_FOUND -> throw new NotFoundException();
      case WITHDRAWN -> redirect.addFlashAttribute("savedMessage", "my.sharing.stopped");
      case ALREADY_WITHDRAWN, NOTHING_SHARED ->
          redirect.addFlashAttribute("savedMessage", "my.sharing.alreadyStopped");
    }
    return "redirect:" + PATH + "#sharing-" + connectionId;
  }
}
