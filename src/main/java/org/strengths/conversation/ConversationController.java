package org.strengths.conversation;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.network.Networks;
import org.strengths.person.PersonDetails;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.ReferenceData;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.ListPage;

/**
 * Recording a conversation: the list, the form (new and edit post to the path that shows them),
 * drafts (a "Save as draft" button, and autosave from the script posting to the same path with
 * {@code action=autosave}), and the saved conversation.
 */
@Controller
class ConversationController {

  private static final String PEOPLE = "hasAnyRole('PRACTITIONER','MANAGER')";
  static final int LIST_PAGE_SIZE = 25;

  private final ConversationAccess lookup;
  private final Conversations conversations;
  private final ConversationRecording recording;
  private final ConversationFormCheck check;
  private final ConversationCoaching coaching;
  private final Stages stages;
  private final ReferenceData referenceData;
  private final AuditLog audit;
  private final ConversationText text;
  private final Networks networks;
  private final Clock clock;

  ConversationController(
      ConversationAccess lookup,
      Conversations conversations,
      ConversationRecording recording,
      ConversationFormCheck check,
      ConversationCoaching coaching,
      Stages stages,
      ReferenceData referenceData,
      AuditLog audit,
      ConversationText text,
      Networks networks,
      Clock clock) {
    this.lookup = lookup;
    this.conversations = conversations;
    this.recording = recording;
    this.check = check;
    this.coaching = coaching;
    this.stages = stages;
    this.referenceData = referenceData;
    this.audit = audit;
    this.text = text;
    this.networks = networks;
    this.clock = clock;
  }

  @GetMapping("/people/{id}/conversations")
  @PreAuthorize(PEOPLE)
  String list(
      PersonInScope scope,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    PersonDetails person = lookup.details(scope);
    audit.record(person.id(), "conversation", "view", null, "list");
    ListPage listPage = ListPage.of(page, conversations.countFor(person.id()), LIST_PAGE_SIZE);
    model.addAttribute("person", person);
    model.addAttribute("conversations", conversations.summariesFor(person.id(), listPage));
    model.addAttribute("listPage", listPage);
    return "conversation/list";
  }

  @GetMapping("/people/{id}/conversations/new")
  @PreAuthorize(PEOPLE)
  String newForm(
      PersonInScope scope,
      @ModelAttribute("form") ConversationForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails person = lookup.details(scope);
    audit.record(person.id(), "conversation", "view", null, "new");
    List<Networks.MemberReference> relationships = networks.references(person.id());
    ConversationForm shown =
        PreservedForm.wasRestored(request)
            ? form
            : ConversationForm.fresh(
                LocalDate.now(clock), carriedForward(person.id(), byMember(relationships)));
    return show(person, null, shown, ConversationFormCheck.errors(), relationships, model);
  }

  @PostMapping("/people/{id}/conversations/new")
  @PreAuthorize(PEOPLE)
  String create(
      PersonInScope scope,
      @ModelAttribute("form") ConversationForm form,
      @RequestParam(name = "action", defaultValue = "complete") String action,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = lookup.details(scope);
    return submit(person, null, form, action, staff, model, redirect);
  }

  @PostMapping(path = "/people/{id}/conversations/new", params = "action=autosave")
  @PreAuthorize(PEOPLE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> autosaveNew(
      PersonInScope scope,
      @ModelAttribute("form") ConversationForm form,
      @AuthenticationPrincipal StaffMember staff) {
    PersonDetails person = lookup.details(scope);
    return autosave(person, form.conversationUuid(), form, staff);
  }

  @GetMapping("/people/{id}/conversations/{cid}")
  @PreAuthorize(PEOPLE)
  String view(PersonInScope scope, @PathVariable UUID cid, Model model) {
    PersonDetails person = lookup.details(scope);
    ConversationView conversation = lookup.conversation(person, cid);
    audit.record(person.id(), "conversation", "view", null, conversation.id().toString());
    model.addAttribute("person", person);
    model.addAttribute("conversation", conversation);
    model.addAttribute("relationshipsById", relationshipsById(person.id()));
    if (Boolean.TRUE.equals(model.getAttribute("justSaved"))) {
      model.addAttribute("coach", coaching.notes(ConversationForm.of(conversation)));
    }
    return "conversation/view";
  }

  @GetMapping("/people/{id}/conversations/{cid}/edit")
  @PreAuthorize(PEOPLE)
  String editForm(
      PersonInScope scope,
      @PathVariable UUID cid,
      @ModelAttribute("form") ConversationForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails person = lookup.details(scope);
    ConversationView conversation = lookup.conversation(person, cid);
    audit.record(person.id(), "conversation", "view", null, conversation.id().toString());
    ConversationForm shown =
        PreservedForm.wasRestored(request) ? form : ConversationForm.of(conversation);
    if (!PreservedForm.wasRestored(request) && conversation.draft()) {
      model.addAttribute("coach", coaching.notes(shown));
    }
    return show(person, conversation, shown, ConversationFormCheck.errors(), model);
  }

  @PostMapping("/people/{id}/conversations/{cid}/edit")
  @PreAuthorize(PEOPLE)
  String change(
      PersonInScope scope,
      @PathVariable UUID cid,
      @ModelAttribute("form") ConversationForm form,
      @RequestParam(name = "action", defaultValue = "complete") String action,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = lookup.details(scope);
    ConversationView conversation = lookup.conversation(person, cid);
    return submit(person, conversation, form, action, staff, model, redirect);
  }

  @PostMapping(path = "/people/{id}/conversations/{cid}/edit", params = "action=autosave")
  @PreAuthorize(PEOPLE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> autosaveEdit(
      PersonInScope scope,
      @PathVariable UUID cid,
      @ModelAttribute("form") ConversationForm form,
      @AuthenticationPrincipal StaffMember staff) {
    PersonDetails person = lookup.details(scope);
    ConversationView conversation = lookup.conversation(person, cid);
    if (!conversation.draft()) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(Map.of("saved", false, "message", text.get("conversation.autosave.notDraft")));
    }
    return autosave(person, conversation.id(), form, staff);
  }

  private String submit(
      PersonDetails person,
      ConversationView existing,
      ConversationForm form,
      String action,
      StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    if (action.startsWith("add-")) {
      form.addRow(action.substring(4));
      model.addAttribute("coach", coaching.notes(form));
      return show(person, existing, form, ConversationFormCheck.errors(), model);
    }
    boolean complete = !"draft".equals(action) || (existing != null && !existing.draft());
    ConversationFormCheck.Checked checked = check.check(person.id(), form, complete);
    if (!checked.errors().isEmpty()) {
      model.addAttribute("coach", coaching.notes(form));
      return show(person, existing, form, checked.errors(), model);
    }
    UUID conversationId = existing != null ? existing.id() : form.conversationUuid();
    ConversationRecording.Outcome outcome =
        complete
            ? recording.complete(
                person.id(), conversationId, form.versionSeen(), checked.content(), staff)
            : recording.saveDraft(
                person.id(), conversationId, form.versionSeen(), checked.content(), staff);
    if (outcome instanceof ConversationRecording.NotFound) {
      throw ConversationAccess.notFound();
    }
    if (outcome instanceof ConversationRecording.Conflict conflict) {
      return showConflict(person, existing, form, conflict.theirs(), model);
    }
    var saved = (ConversationRecording.Saved) outcome;
    String base = "/people/" + person.id() + "/conversations/" + saved.id();
    if (!complete) {
      redirect.addFlashAttribute("savedMessage", "conversation.saved.draft");
      return "redirect:" + base + "/edit";
    }
    redirect.addFlashAttribute(
        "savedMessage",
        saved.firstCompletion() ? "conversation.saved.recorded" : "conversation.saved.changed");
    redirect.addFlashAttribute("justSaved", true);
    return "redirect:" + base;
  }

  private ResponseEntity<Map<String, Object>> autosave(
      PersonDetails person, UUID conversationId, ConversationForm form, StaffMember staff) {
    ConversationFormCheck.Checked checked = check.check(person.id(), form, false);
    ConversationRecording.Outcome outcome =
        recording.saveDraft(
            person.id(), conversationId, form.versionSeen(), checked.content(), staff);
    if (outcome instanceof ConversationRecording.Saved saved) {
      return ResponseEntity.ok(
          Map.of(
              "saved", true,
              "conversationId", saved.id().toString(),
              "version", saved.version(),
              "message", text.get("conversation.autosave.saved", text.time(clock.instant())),
              "problems", checked.errors().summary().size()));
    }
    if (outcome instanceof ConversationRecording.Conflict conflict) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(
              Map.of(
                  "saved",
                  false,
                  "message",
                  text.get(
                      "conversation.autosave.conflict",
                      conflict.theirs().updatedBy(),
                      text.moment(conflict.theirs().updatedAt()))));
    }
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(Map.of("saved", false, "message", text.get("conversation.autosave.notFound")));
  }

  private String showConflict(
      PersonDetails person,
      ConversationView existing,
      ConversationForm form,
      ConversationView theirs,
      Model model) {
    // From now on the user has seen the other version, so saving again is a deliberate choice.
    form.setVersion(String.valueOf(theirs.version()));
    form.setConversationId(theirs.id().toString());
    model.addAttribute("theirs", theirs);
    FormErrors errors =
        ConversationFormCheck.errors()
            .add(
                "conflict",
                text.get(
                    "conversation.error.conflict",
                    theirs.updatedBy(),
                    text.moment(theirs.updatedAt())));
    return show(person, existing == null ? theirs : existing, form, errors, model);
  }

  private String show(
      PersonDetails person,
      ConversationView existing,
      ConversationForm form,
      FormErrors errors,
      Model model) {
    return show(person, existing, form, errors, networks.references(person.id()), model);
  }

  private String show(
      PersonDetails person,
      ConversationView existing,
      ConversationForm form,
      FormErrors errors,
      List<Networks.MemberReference> relationships,
      Model model) {
    model.addAttribute("person", person);
    model.addAttribute("existing", existing);
    model.addAttribute("form", form.withBlankRows());
    model.addAttribute("errors", errors);
    model.addAttribute(
        "formAction",
        existing == null
            ? "/people/" + person.id() + "/conversations/new"
            : "/people/" + person.id() + "/conversations/" + existing.id() + "/edit");
    model.addAttribute("draftAllowed", existing == null || existing.draft());
    model.addAttribute("stages", stages.all());
    model.addAttribute("channels", ConversationContent.CHANNELS);
    model.addAttribute("attributions", Quote.ATTRIBUTIONS);
    model.addAttribute("kinds", Strength.KINDS);
    model.addAttribute("relationships", relationships);
    model.addAttribute("relationshipsById", byMember(relationships));
    model.addAttribute("whoOptions", AgreedAction.WHO);
    model.addAttribute(
        "outcomes", referenceData.current(ConversationFormCheck.OUTCOMES, LocalDate.now(clock)));
    if (!model.containsAttribute("coach")) {
      model.addAttribute("coach", List.of());
    }
    return "conversation/form";
  }

  /**
   * The last conversation's strengths; a link to a relationship that has since ended is dropped, as
   * it can no longer be chosen.
   */
  private List<Strength> carriedForward(
      UUID personId, Map<UUID, Networks.MemberReference> current) {
    return conversations.latestStrengths(personId).stream()
        .map(
            s ->
                s.networkMemberId() == null || current.containsKey(s.networkMemberId())
                    ? s
                    : new Strength(s.kind(), s.description(), s.identifiedBy(), true, null))
        .toList();
  }

  private Map<UUID, Networks.MemberReference> relationshipsById(UUID personId) {
    return byMember(networks.references(personId));
  }

  private static Map<UUID, Networks.MemberReference> byMember(
      List<Networks.MemberReference> relationships) {
    return relationships.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                Networks.MemberReference::memberId, reference -> reference));
  }
}
