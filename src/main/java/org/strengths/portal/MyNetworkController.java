package org.strengths.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.network.PersonNetworks;
import org.strengths.network.TieKind;
import org.strengths.network.TieStrength;
import org.strengths.platform.web.FormErrors;

/**
 * "Your network" (docs/adr/0117): the person's ecomap and its text alternative, and suggesting
 * someone new or a change, which waits for their practitioner to confirm. Names and the lines of
 * the map only: other people's addresses, phone numbers and the practitioner's notes are never
 * shown. Only the signed-in person's own network; every view and suggestion audited as the person.
 */
@Controller
class MyNetworkController {

  static final String PATH = "/my/network";

  /** Someone new, as typed. */
  record NewTieForm(String label, String kind, String specificTie, String strength, String note) {}

  /** A change to a current relationship, as typed. */
  record ChangeForm(String member, String change, String note) {}

  private final PersonNetworks networks;
  private final AuditLog audit;
  private final MyPagesText text;

  MyNetworkController(PersonNetworks networks, AuditLog audit, MyPagesText text) {
    this.networks = networks;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping(PATH)
  @PreAuthorize("hasRole('PERSON')")
  String network(@AuthenticationPrincipal PersonSignedIn person, Model model) {
    audit.recordByThePerson(person.personId(), "my-network", "view", null);
    page(person, model);
    model.addAttribute(
        "ecomap",
        networks.ecomap(person.personId(), text.get("my.network.you", person.firstName())));
    model.addAttribute("suggestions", networks.suggestions(person.personId()));
    model.addAttribute("hasTies", !networks.ties(person.personId()).isEmpty());
    return "portal/my-network";
  }

  @GetMapping(PATH + "/new")
  @PreAuthorize("hasRole('PERSON')")
  String newForm(@AuthenticationPrincipal PersonSignedIn person, Model model) {
    audit.recordByThePerson(person.personId(), "my-network", "view", "suggest-new");
    return showNew(person, new NewTieForm(null, null, null, null, null), errors(), model);
  }

  @PostMapping(PATH + "/new")
  @PreAuthorize("hasRole('PERSON')")
  String suggestNew(
      @AuthenticationPrincipal PersonSignedIn person,
      @ModelAttribute("form") NewTieForm form,
      Model model,
      RedirectAttributes redirect) {
    PersonNetworks.Suggested suggested =
        networks.suggestNew(
            person.personId(),
            FormErrors.typed(form.label()),
            FormErrors.typed(form.kind()),
            FormErrors.typed(form.specificTie()),
            FormErrors.typed(form.strength()),
            FormErrors.typed(form.note()));
    if (suggested.id().isEmpty()) {
      return showNew(person, form, errors(suggested.problems()), model);
    }
    redirect.addFlashAttribute("savedMessage", "my.network.sent");
    return "redirect:" + PATH + "#my-suggestions";
  }

  @GetMapping(PATH + "/change")
  @PreAuthorize("hasRole('PERSON')")
  String changeForm(@AuthenticationPrincipal PersonSignedIn person, Model model) {
    audit.recordByThePerson(person.personId(), "my-network", "view", "suggest-change");
    return showChange(person, new ChangeForm(null, null, null), errors(), model);
  }

  @PostMapping(PATH + "/change")
  @PreAuthorize("hasRole('PERSON')")
  String suggestChange(
      @AuthenticationPrincipal PersonSignedIn person,
      @ModelAttribute("form") ChangeForm form,
      Model model,
      RedirectAttributes redirect) {
    PersonNetworks.Suggested suggested =
        networks.suggestChange(
            person.personId(),
            FormErrors.typed(form.member()),
            FormErrors.typed(form.change()),
            FormErrors.typed(form.note()));
    if (suggested.id().isEmpty()) {
      return showChange(person, form, errors(suggested.problems()), model);
    }
    redirect.addFlashAttribute("savedMessage", "my.network.sent");
    return "redirect:" + PATH + "#my-suggestions";
  }

  private String showNew(PersonSignedIn person, NewTieForm form, FormErrors errors, Model model) {
    page(person, model);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", Arrays.stream(TieKind.values()).map(Enum::name).toList());
    model.addAttribute("strengths", strengths());
    return "portal/my-network-new";
  }

  private String showChange(
      PersonSignedIn person, ChangeForm form, FormErrors errors, Model model) {
    page(person, model);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("ties", networks.ties(person.personId()));
    List<String> changes = new java.util.ArrayList<>(strengths());
    changes.add("ENDS");
    model.addAttribute("changes", changes);
    return "portal/my-network-change";
  }

  private void page(PersonSignedIn person, Model model) {
    model.addAttribute("person", person);
    model.addAttribute("homePath", "/my/");
  }

  private static List<String> strengths() {
    return Arrays.stream(TieStrength.values()).map(Enum::name).toList();
  }

  private static FormErrors errors() {
    return FormErrors.inFormOrder(
        "label", "kind", "specificTie", "strength", "member", "change", "note");
  }

  private FormErrors errors(Map<String, String> problems) {
    FormErrors errors = errors();
    problems.forEach((field, key) -> errors.add(field, text.get(key)));
    return errors;
  }
}
