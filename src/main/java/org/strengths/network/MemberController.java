package org.strengths.network;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * Add, change and remove one relationship in the person's network. Each form posts to the path that
 * shows it, so a form kept across an expired session comes back filled in.
 */
@Controller
class MemberController {

  /** A field where the saved version and what the user typed differ, as words. */
  record Difference(String field, String theirs, String yours) {}

  private final NetworkPeople people;
  private final NetworkStore store;
  private final NetworkEditing editing;
  private final AuditLog audit;
  private final NetworkText text;

  MemberController(
      NetworkPeople people,
      NetworkStore store,
      NetworkEditing editing,
      AuditLog audit,
      NetworkText text) {
    this.people = people;
    this.store = store;
    this.editing = editing;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/network/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String newForm(
      PersonInScope person,
      @ModelAttribute("form") MemberForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    UUID personId = person.id();
    audit.record(personId, "network", "view", null, "add-form");
    return show(personId, null, model, NetworkEditing.errors(), staff);
  }

  @PostMapping("/people/{id}/network/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String add(
      PersonInScope person,
      @ModelAttribute("form") MemberForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = person.id();
    NetworkEditing.Outcome outcome = editing.add(personId, form, staff);
    if (outcome instanceof NetworkEditing.Invalid invalid) {
      return show(personId, null, model, errors(invalid), staff);
    }
    redirect.addFlashAttribute("savedMessage", "network.saved.added");
    return "redirect:/people/" + personId + "/network";
  }

  @GetMapping("/people/{id}/network/{memberId}/edit")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String editForm(
      PersonInScope person,
      @PathVariable UUID memberId,
      @ModelAttribute("form") MemberForm form,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    UUID personId = person.id();
    NetworkMemberView member = member(personId, memberId);
    audit.record(personId, "network", "view", null, member.id().toString());
    if (!PreservedForm.wasRestored(request)) {
      model.addAttribute("form", MemberForm.of(member));
    }
    return show(personId, member, model, NetworkEditing.errors(), staff);
  }

  @PostMapping("/people/{id}/network/{memberId}/edit")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String change(
      PersonInScope person,
      @PathVariable UUID memberId,
      @ModelAttribute("form") MemberForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = person.id();
    NetworkMemberView member = stillThere(personId, memberId);
    if (member == null) {
      return removedMeanwhile(personId, redirect);
    }
    NetworkEditing.Outcome outcome = editing.change(personId, member, form, staff);
    if (outcome instanceof NetworkEditing.Invalid invalid) {
      return show(personId, member, model, errors(invalid), staff);
    }
    if (outcome instanceof NetworkEditing.Conflict conflict) {
      return conflict(personId, conflict, form, model, redirect, staff);
    }
    redirect.addFlashAttribute("savedMessage", "network.saved.changed");
    return "redirect:/people/" + personId + "/network";
  }

  @GetMapping("/people/{id}/network/{memberId}/remove")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String confirmRemoval(PersonInScope person, @PathVariable UUID memberId, Model model) {
    UUID personId = person.id();
    NetworkMemberView member = member(personId, memberId);
    audit.record(personId, "network", "view", null, member.id().toString());
    return showRemoval(personId, member, model, NetworkEditing.errors());
  }

  @PostMapping("/people/{id}/network/{memberId}/remove")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String remove(
      PersonInScope person,
      @PathVariable UUID memberId,
      @RequestParam(required = false) String version,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = person.id();
    NetworkMemberView member = stillThere(personId, memberId);
    if (member == null) {
      return removedMeanwhile(personId, redirect);
    }
    MemberForm seen = new MemberForm();
    seen.setVersion(version);
    NetworkEditing.Outcome outcome = editing.remove(personId, member, seen.versionSeen(), staff);
    if (outcome instanceof NetworkEditing.Conflict conflict) {
      if (conflict.saved() == null) {
        return removedMeanwhile(personId, redirect);
      }
      FormErrors errors =
          NetworkEditing.errors()
              .add(
                  "conflict",
                  text.get(
                      "network.conflict.removeChanged",
                      conflict.saved().updatedByName(),
                      text.moment(conflict.saved().updatedAt())));
      return showRemoval(personId, conflict.saved(), model, errors);
    }
    redirect.addFlashAttribute("savedMessage", "network.saved.removed");
    return "redirect:/people/" + personId + "/network";
  }

  /** The current member, or null if it has been removed; a malformed id is a 404. */
  private NetworkMemberView stillThere(UUID personId, UUID memberId) {
    return store.find(personId, memberId).orElse(null);
  }

  private static String removedMeanwhile(UUID personId, RedirectAttributes redirect) {
    redirect.addFlashAttribute("noticeMessage", "network.conflict.removed");
    return "redirect:/people/" + personId + "/network";
  }

  private NetworkMemberView member(UUID personId, UUID memberId) {
    return store.find(personId, memberId).orElseThrow(NotFoundException::new);
  }

  private FormErrors errors(NetworkEditing.Invalid invalid) {
    return NetworkEditing.errors().addAll(text.resolveKeys(invalid.problems()));
  }

  private String conflict(
      UUID personId,
      NetworkEditing.Conflict conflict,
      MemberForm typed,
      Model model,
      RedirectAttributes redirect,
      StaffMember staff) {
    NetworkMemberView saved = conflict.saved();
    if (saved == null) {
      return removedMeanwhile(personId, redirect);
    }
    // From now on the user has seen the other version, so saving again is a deliberate choice.
    typed.setVersion(String.valueOf(saved.version()));
    model.addAttribute("conflict", differences(MemberForm.of(saved), typed));
    FormErrors errors =
        NetworkEditing.errors()
            .add(
                "conflict",
                text.get(
                    "network.conflict.changed",
                    saved.updatedByName(),
                    text.moment(saved.updatedAt())));
    return show(personId, saved, model, errors, staff);
  }

  List<Difference> differences(MemberForm theirs, MemberForm yours) {
    Map<String, String> a = readable(theirs);
    Map<String, String> b = readable(yours);
    List<Difference> differences = new ArrayList<>();
    a.forEach(
        (field, value) -> {
          if (!Objects.equals(value, b.get(field))) {
            differences.add(new Difference(field, value, b.get(field)));
          }
        });
    return differences;
  }

  private Map<String, String> readable(MemberForm form) {
    Map<String, String> words = new LinkedHashMap<>();
    words.put("kind", word("network.kind.", form.getKind()));
    words.put("label", FormErrors.typed(form.getLabel()));
    words.put("specificTie", FormErrors.typed(form.getSpecificTie()));
    words.put("linkedPerson", FormErrors.typed(form.getLinkedPerson()));
    words.put("strength", word("network.strength.", form.getStrength()));
    words.put("stressful", word("network.yesno.", form.getStressful()));
    words.put("direction", word("network.direction.", form.getDirection()));
    words.put("contactFrequency", word("network.contact.", form.getContactFrequency()));
    words.put("wantsChange", word("network.answer.", answerCode(form.getWantsChange())));
    words.put("changeWanted", FormErrors.typed(form.getChangeWanted()));
    words.put("givesCare", word("network.yesno.", form.getGivesCare()));
    words.put("willing", word("network.answer.", answerCode(form.getWilling())));
    words.put("able", word("network.answer.", answerCode(form.getAble())));
    words.put("impactOnThem", FormErrors.typed(form.getImpactOnThem()));
    words.put("personAgrees", word("network.answer.", answerCode(form.getPersonAgrees())));
    words.put("consentToContact", word("network.answer.", answerCode(form.getConsentToContact())));
    return words;
  }

  private static String answerCode(String code) {
    return FormErrors.typed(code) == null ? Answer.NOT_ASKED.name() : FormErrors.typed(code);
  }

  private String word(String prefix, String code) {
    String cleaned = FormErrors.typed(code);
    if (cleaned == null) {
      return null;
    }
    try {
      return text.get(prefix + cleaned);
    } catch (org.springframework.context.NoSuchMessageException unknown) {
      return cleaned;
    }
  }

  private String show(
      UUID personId, NetworkMemberView member, Model model, FormErrors errors, StaffMember staff) {
    model.addAttribute("staffName", staff.displayName());
    if (member != null) {
      model.addAttribute(
          "recordedBy",
          text.get(
              "network.member.recordedBy",
              member.createdByName(),
              text.moment(member.createdAt()),
              member.updatedByName(),
              text.moment(member.updatedAt())));
    }
    model.addAttribute(
        "linkedName",
        member == null || member.linkedPersonId() == null
            ? null
            : people.visibleName(staff, member.linkedPersonId()).orElse(null));
    model.addAttribute("personId", personId);
    model.addAttribute("personName", people.displayName(personId));
    model.addAttribute("member", member);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", codes(TieKind.values()));
    model.addAttribute("strengths", codes(TieStrength.values()));
    model.addAttribute("directions", codes(SupportDirection.values()));
    List<String> frequencies = new ArrayList<>(codes(ContactFrequency.values()));
    frequencies.add(MemberForm.UNKNOWN);
    model.addAttribute("frequencies", frequencies);
    model.addAttribute("answers", List.of("YES", "NO", "NOT_ASKED"));
    model.addAttribute("yesNo", List.of("yes", "no"));
    return "network/member";
  }

  private String showRemoval(
      UUID personId, NetworkMemberView member, Model model, FormErrors errors) {
    model.addAttribute("personId", personId);
    model.addAttribute("personName", people.displayName(personId));
    model.addAttribute("member", member);
    model.addAttribute("errors", errors);
    return "network/remove";
  }

  private static List<String> codes(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
