package org.strengths.conversation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.PersonDirectory;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.Problems;

/**
 * The conversations API: the same rules as the pages (a working relationship with the person) and
 * the same audit. A conversation created here is complete; errors are RFC 9457 problem+json with
 * one entry per invalid field.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ConversationApiController {

  private final PersonDirectory directory;
  private final PersonAccess access;
  private final Conversations conversations;
  private final ConversationRecording recording;
  private final ConversationFormCheck check;
  private final AuditLog audit;

  ConversationApiController(
      PersonDirectory directory,
      PersonAccess access,
      Conversations conversations,
      ConversationRecording recording,
      ConversationFormCheck check,
      AuditLog audit) {
    this.directory = directory;
    this.access = access;
    this.conversations = conversations;
    this.recording = recording;
    this.check = check;
    this.audit = audit;
  }

  /** A conversation as sent by an integration; dates are ISO 8601 ("2026-03-27"). */
  record ConversationRequest(
      LocalDate heldOn,
      String stage,
      String channel,
      String venue,
      String whoWasThere,
      List<QuoteBody> whatMatters,
      List<QuoteBody> goodLife,
      String analysis,
      String goodDay,
      String hardDay,
      String working,
      String notWorking,
      List<StrengthBody> strengths,
      String connections,
      List<ActionBody> actions,
      String safetyChanges,
      String emergencyPlan,
      List<SpendBody> spending,
      LocalDate followUp,
      String outcome) {}

  record QuoteBody(String words, String attribution, String attributedName) {}

  /**
   * @param networkMemberId one of the person's current relationships (see the network API), or null
   */
  record StrengthBody(
      String kind, String description, String identifiedBy, String networkMemberId) {}

  record ActionBody(String what, String who, String whoName, LocalDate byWhen) {}

  /** An amount in pounds as text ("12.50"), so that no rounding can creep in. */
  record SpendBody(String amount, String whatFor) {}

  @GetMapping("/people/{id}/conversations")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> list(@PathVariable UUID id, @AuthenticationPrincipal StaffMember staff) {
    PersonAllocation allocation = allocation(id);
    if (allocation == null) {
      return Problems.notFound("There is no person with this id.");
    }
    access.check(staff, allocation);
    audit.record(allocation.personId(), "conversation", "view", null, "api list");
    return ResponseEntity.ok(
        Map.of("conversations", conversations.forPerson(allocation.personId())));
  }

  @GetMapping("/conversations/{cid}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> get(@PathVariable UUID cid, @AuthenticationPrincipal StaffMember staff) {
    UUID id = cid;
    ConversationView view = id == null ? null : conversations.find(id).orElse(null);
    PersonAllocation allocation =
        view == null ? null : directory.allocationOf(view.personId()).orElse(null);
    if (allocation == null) {
      return Problems.notFound("There is no conversation with this id.");
    }
    access.check(staff, allocation);
    audit.record(view.personId(), "conversation", "view", null, "api " + view.id());
    return ResponseEntity.ok(view);
  }

  @PostMapping(path = "/people/{id}/conversations", consumes = "application/json")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> create(
      @PathVariable UUID id,
      @RequestBody ConversationRequest body,
      @AuthenticationPrincipal StaffMember staff) {
    PersonAllocation allocation = allocation(id);
    if (allocation == null) {
      return Problems.notFound("There is no person with this id.");
    }
    access.check(staff, allocation);
    ConversationFormCheck.Checked checked = check.check(allocation.personId(), form(body), true);
    if (!checked.errors().isEmpty()) {
      ProblemDetail problem =
          Problems.detail(
              HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Some fields are missing or not valid.");
      problem.setProperty(
          "errors",
          checked.errors().asMap().entrySet().stream()
              .map(
                  e ->
                      Map.of(
                          "pointer", "#/" + e.getKey().replace('-', '/'),
                          "field", e.getKey().replace('-', '.'),
                          "detail", e.getValue()))
              .toList());
      return ResponseEntity.badRequest().body(problem);
    }
    var saved =
        (ConversationRecording.Saved)
            recording.complete(allocation.personId(), null, 0, checked.content(), staff);
    ConversationView view = conversations.find(saved.id()).orElseThrow();
    return ResponseEntity.created(URI.create("/api/v1/conversations/" + saved.id())).body(view);
  }

  /** The request as the web form would have it, so both are checked by the same rules. */
  private static ConversationForm form(ConversationRequest body) {
    ConversationForm form = new ConversationForm();
    form.setHeldOn(body.heldOn());
    form.setStage(body.stage());
    form.setChannel(body.channel());
    form.setVenue(body.venue());
    form.setWhoWasThere(body.whoWasThere());
    form.setWhatMatters(quotes(body.whatMatters()));
    form.setGoodLife(quotes(body.goodLife()));
    form.setAnalysis(body.analysis());
    form.setGoodDay(body.goodDay());
    form.setHardDay(body.hardDay());
    form.setWorking(body.working());
    form.setNotWorking(body.notWorking());
    form.setStrengths(
        listOf(body.strengths()).stream()
            .map(
                s -> {
                  var row = new ConversationForm.StrengthRow();
                  row.setKind(s.kind());
                  row.setDescription(s.description());
                  row.setIdentifiedBy(s.identifiedBy() == null ? "person" : s.identifiedBy());
                  row.setNetworkMemberId(s.networkMemberId());
                  return row;
                })
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
    form.setConnections(body.connections());
    form.setActions(
        listOf(body.actions()).stream()
            .map(
                a -> {
                  var row = new ConversationForm.AgreedActionRow();
                  row.setWhat(a.what());
                  row.setWho(a.who());
                  row.setWhoName(a.whoName());
                  row.setByWhen(a.byWhen() == null ? null : DateInput.typed(a.byWhen()));
                  return row;
                })
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
    form.setSafetyChanges(body.safetyChanges());
    form.setEmergencyPlan(body.emergencyPlan());
    form.setSpending(
        listOf(body.spending()).stream()
            .map(
                s -> {
                  var row = new ConversationForm.SpendRow();
                  row.setAmount(s.amount());
                  row.setWhatFor(s.whatFor());
                  return row;
                })
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
    form.setFollowUp(body.followUp());
    form.setOutcome(body.outcome());
    return form;
  }

  private static List<ConversationForm.QuoteRow> quotes(List<QuoteBody> quotes) {
    return listOf(quotes).stream()
        .map(
            q -> {
              var row = new ConversationForm.QuoteRow();
              row.setWords(q.words());
              row.setAttribution(q.attribution() == null ? "person" : q.attribution());
              row.setAttributedName(q.attributedName());
              return row;
            })
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
  }

  private PersonAllocation allocation(UUID personId) {
    return directory.allocationOf(personId).orElse(null);
  }
}
