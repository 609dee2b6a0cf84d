package org.strengths.connection;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
import org.strengths.community.AssetSummary;
import org.strengths.community.CommunityAssets;
import org.strengths.person.PersonDetails;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.Ids;
import org.strengths.platform.web.NotFoundException;

/**
 * A person's connections to community assets, from the practitioner's side: the list, connecting
 * them to an asset (what to share and on what basis), and each connection with its replies.
 */
@Controller
class PersonConnectionsController {

  private static final String ROLES = "hasAnyRole('PRACTITIONER','MANAGER')";

  private final ConnectionPages pages;
  private final ConnectionStore store;
  private final Connections connections;
  private final CommunityAssets assets;
  private final AuditLog audit;
  private final ConnectionText text;

  PersonConnectionsController(
      ConnectionPages pages,
      ConnectionStore store,
      Connections connections,
      CommunityAssets assets,
      AuditLog audit,
      ConnectionText text) {
    this.pages = pages;
    this.store = store;
    this.connections = connections;
    this.assets = assets;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/connections")
  @PreAuthorize(ROLES)
  String list(PersonInScope scope, Model model) {
    PersonDetails person = pages.details(scope);
    audit.record(person.id(), "connection", "list");
    model.addAttribute("person", person);
    model.addAttribute("connections", store.forPerson(person.id()));
    return "connection/list";
  }

  @GetMapping("/people/{id}/connections/new")
  @PreAuthorize(ROLES)
  String form(
      PersonInScope scope,
      @RequestParam(name = "asset", required = false) String assetId,
      @ModelAttribute("form") ConnectionForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails person = pages.details(scope);
    AssetSummary asset = asset(assetId);
    if (asset == null) {
      model.addAttribute("person", person);
      model.addAttribute("unknownAsset", assetId != null && !assetId.isBlank());
      return "connection/choose-asset";
    }
    if (!PreservedForm.wasRestored(request)) {
      form.setAsset(asset.id().toString());
      form.setShared(
          SharedField.defaults(connections.factsOf(person)).stream().map(Enum::name).toList());
    }
    audit.record(person.id(), "connection", "prepare", null, asset.name());
    return show(person, asset, model, ConnectionPages.errors());
  }

  @PostMapping("/people/{id}/connections/new")
  @PreAuthorize(ROLES)
  String send(
      PersonInScope scope,
      @ModelAttribute("form") ConnectionForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = pages.details(scope);
    AssetSummary asset = asset(form.getAsset());
    if (asset == null) {
      throw new NotFoundException();
    }
    Connections.Sending sending = connections.send(person, asset, form.toChoice(), staff);
    if (sending instanceof Connections.Refused refused) {
      FormErrors errors = ConnectionPages.errors();
      refused.problems().forEach(problem -> errors.add(problem.field(), text.get(problem)));
      return show(person, asset, model, errors);
    }
    UUID connectionId = ((Connections.Made) sending).id();
    redirect.addFlashAttribute("savedMessage", "connection.saved.sent");
    return "redirect:/people/" + person.id() + "/connections/" + connectionId;
  }

  @GetMapping("/people/{id}/connections/{connectionId}")
  @PreAuthorize(ROLES)
  String view(PersonInScope scope, @PathVariable UUID connectionId, Model model) {
    PersonDetails person = pages.details(scope);
    Connection connection = pages.ofPerson(person, connectionId);
    audit.record(person.id(), "connection", "view");
    return showConnection(person, connection, new ReplyForm(), ConnectionPages.errors(), model);
  }

  @PostMapping("/people/{id}/connections/{connectionId}")
  @PreAuthorize(ROLES)
  String reply(
      PersonInScope scope,
      @PathVariable UUID connectionId,
      @ModelAttribute("replyForm") ReplyForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = pages.details(scope);
    Connection connection = pages.ofPerson(person, connectionId);
    if (!connection.sentToOrganisation()) {
      // Information given reaches no organisation, so there is nobody to write to.
      throw new NotFoundException();
    }
    var problem =
        connections.reply(
            connection, Typed.text(form.getReply()), StatusRule.Side.PRACTITIONER, staff);
    if (problem.isPresent()) {
      FormErrors errors = ConnectionPages.errors().add("reply", text.get(problem.get()));
      return showConnection(person, connection, form, errors, model);
    }
    redirect.addFlashAttribute("savedMessage", "connection.saved.reply");
    return "redirect:/people/" + person.id() + "/connections/" + connection.id() + "#messages";
  }

  @GetMapping("/people/{id}/connections/{connectionId}/outcome")
  @PreAuthorize(ROLES)
  String outcomeForm(
      PersonInScope scope,
      @PathVariable UUID connectionId,
      @ModelAttribute("form") StatusForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails person = pages.details(scope);
    Connection connection = pages.ofPerson(person, connectionId);
    audit.record(person.id(), "connection", "view");
    if (!PreservedForm.wasRestored(request)) {
      form.setVersion(String.valueOf(connection.version()));
      form.setFeedback(connection.feedback());
    }
    return showOutcome(person, connection, model, ConnectionPages.errors());
  }

  @PostMapping("/people/{id}/connections/{connectionId}/outcome")
  @PreAuthorize(ROLES)
  String recordOutcome(
      PersonInScope scope,
      @PathVariable UUID connectionId,
      @ModelAttribute("form") StatusForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = pages.details(scope);
    Connection connection = pages.ofPerson(person, connectionId);
    Connections.Change change =
        connections.changeStatus(
            connection,
            Typed.version(form.getVersion()),
            ConnectionStatus.parse(form.getStatus())
                .filter(ConnectionStatus.OUTCOMES::contains)
                .orElse(null),
            null,
            Typed.text(form.getFeedback()),
            StatusRule.Side.PRACTITIONER,
            staff);
    if (change instanceof Connections.Saved) {
      redirect.addFlashAttribute("savedMessage", "connection.saved.outcome");
      return "redirect:/people/" + person.id() + "/connections/" + connection.id();
    }
    FormErrors errors = StatusPages.errors(change, form, text);
    Connection shown =
        change instanceof Connections.Conflict conflict ? conflict.current() : connection;
    StatusPages.addConflict(change, model);
    return showOutcome(person, shown, model, errors);
  }

  private String showOutcome(
      PersonDetails person, Connection connection, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("connection", connection);
    model.addAttribute("choices", ConnectionPages.outcomeValues(connection.status()));
    model.addAttribute("errors", errors);
    model.addAttribute(
        "action", "/people/" + person.id() + "/connections/" + connection.id() + "/outcome");
    model.addAttribute("back", "/people/" + person.id() + "/connections/" + connection.id());
    return "connection/outcome";
  }

  private String showConnection(
      PersonDetails person, Connection connection, ReplyForm form, FormErrors errors, Model model) {
    model.addAttribute("person", person);
    model.addAttribute("replyForm", form);
    model.addAttribute("errors", errors);
    model.addAttribute("mayRecordOutcome", !connection.status().outcomeChoices().isEmpty());
    pages.addDetails(connection, model);
    return "connection/view";
  }

  private String show(PersonDetails person, AssetSummary asset, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("asset", asset);
    model.addAttribute("facts", connections.factsOf(person));
    model.addAttribute("fields", List.of(SharedField.values()));
    model.addAttribute("methods", List.of(ConnectionMethod.values()));
    model.addAttribute("errors", errors);
    return "connection/new";
  }

  private AssetSummary asset(String assetId) {
    UUID id = Ids.orNull(assetId);
    return id == null ? null : assets.find(id).orElse(null);
  }
}
