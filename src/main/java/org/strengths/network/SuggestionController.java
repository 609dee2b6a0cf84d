package org.strengths.network;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.FormVersions;
import org.strengths.platform.web.NotFoundException;

/**
 * The practitioner's side of a relationship the person suggested on their own pages: read it, then
 * confirm it onto the network (and so the ecomap) or decline it with a reason the person reads
 * (docs/adr/0117). Only staff with a working relationship reach the person ({@link PersonInScope});
 * a suggestion of another person is "not found".
 */
@Controller
class SuggestionController {

  static final String PATH = "/people/{id}/network/suggestions/{suggestionId}";

  private final SuggestionStore store;
  private final Suggestions suggestions;
  private final NetworkStore network;
  private final NetworkPeople people;
  private final AuditLog audit;
  private final NetworkText text;

  SuggestionController(
      SuggestionStore store,
      Suggestions suggestions,
      NetworkStore network,
      NetworkPeople people,
      AuditLog audit,
      NetworkText text) {
    this.store = store;
    this.suggestions = suggestions;
    this.network = network;
    this.people = people;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping(PATH)
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String view(PersonInScope person, @PathVariable UUID suggestionId, Model model) {
    SuggestionStore.Suggestion suggestion = find(person, suggestionId);
    audit.record(person.id(), "network", "view", null, "suggestion " + suggestionId);
    return show(person, suggestion, null, null, FormErrors.none(), model);
  }

  @PostMapping(PATH)
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String decide(
      PersonInScope person,
      @PathVariable UUID suggestionId,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String version,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    SuggestionStore.Suggestion suggestion = find(person, suggestionId);
    Boolean confirm =
        "CONFIRM".equals(decision) ? Boolean.TRUE : "DECLINE".equals(decision) ? false : null;
    String typedReason = FormErrors.typed(reason);
    Suggestions.Decision outcome;
    try {
      outcome =
          suggestions.decide(suggestion, FormVersions.seen(version), confirm, typedReason, staff);
    } catch (Suggestions.AlreadyDecidedException e) {
      outcome = new Suggestions.AlreadyDecided();
    }
    String back = "redirect:/people/" + person.id() + "/network";
    if (outcome instanceof Suggestions.Refused refused) {
      FormErrors errors =
          FormErrors.inFormOrder("decision", "reason")
              .add(refused.field(), text.get(refused.key()));
      return show(person, suggestion, decision, reason, errors, model);
    }
    if (outcome instanceof Suggestions.AlreadyDecided) {
      redirect.addFlashAttribute("noticeMessage", "network.suggestion.alreadyDecided");
      return back;
    }
    redirect.addFlashAttribute(
        "savedMessage",
        confirm ? "network.suggestion.saved.confirmed" : "network.suggestion.saved.declined");
    return back;
  }

  private SuggestionStore.Suggestion find(PersonInScope person, UUID suggestionId) {
    return store.find(person.id(), suggestionId).orElseThrow(NotFoundException::new);
  }

  private String show(
      PersonInScope person,
      SuggestionStore.Suggestion suggestion,
      String decision,
      String reason,
      FormErrors errors,
      Model model) {
    model.addAttribute("personId", person.id());
    model.addAttribute("personName", people.displayName(person.id()));
    model.addAttribute("suggestion", suggestion);
    model.addAttribute("about", describe(suggestion));
    model.addAttribute("decision", decision);
    model.addAttribute("reason", reason);
    model.addAttribute("decisions", List.of("CONFIRM", "DECLINE"));
    model.addAttribute("errors", errors);
    return "network/suggestion";
  }

  /** The suggestion in one line for staff, e.g. "Someone new: Farah (sister), family, strong". */
  String describe(SuggestionStore.Suggestion s) {
    return describe(s, text, network);
  }

  static String describe(SuggestionStore.Suggestion s, NetworkText text, NetworkStore network) {
    if (s.someoneNew()) {
      String tie =
          s.specificTie() != null ? s.specificTie() : text.get("network.kind.short." + s.kind());
      return text.get(
          "network.suggestion.describe.new",
          s.label(),
          tie,
          text.get("network.strength." + s.strength()));
    }
    String label =
        network
            .find(s.personId(), s.memberId())
            .map(NetworkMemberView::label)
            .orElse(text.get("network.suggestion.describe.gone"));
    return s.ends()
        ? text.get("network.suggestion.describe.ends", label)
        : text.get(
            "network.suggestion.describe.change",
            label,
            text.get("network.strength." + s.strength()));
  }
}
