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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.community.CommunityAssets;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;

/**
 * The partner portal: staff of a voluntary organisation see the introductions and referrals sent to
 * their organisation (only what was shared in each), accept or decline them, record what happened,
 * reply to the practitioner, and see their own directory entries. A connection sent to any other
 * organisation is "not found", never "forbidden", so its existence does not leak.
 */
@Controller
@PreAuthorize("hasRole('PARTNER')")
class PartnerPortalController {

  static final String ROLE = "hasRole('PARTNER')";
  private static final String CONNECTIONS = "/partner/connections";

  private final ConnectionPages pages;
  private final ConnectionStore store;
  private final Connections connections;
  private final CommunityAssets assets;
  private final AuditLog audit;
  private final ConnectionText text;

  PartnerPortalController(
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

  @GetMapping("/partner")
  @PreAuthorize(ROLE)
  String home() {
    return "redirect:" + CONNECTIONS;
  }

  @GetMapping(CONNECTIONS)
  @PreAuthorize(ROLE)
  String list(@AuthenticationPrincipal StaffMember partner, Model model) {
    List<Connection> received = store.sentTo(partner.organisationId());
    // The list shows each person's shared name, so each one shown is a view of disclosed data.
    received.forEach(c -> audit.record(c.personId(), "connection", "list", null, "partner"));
    model.addAttribute("connections", received);
    model.addAttribute("names", received.stream().map(c -> sharedName(c)).toList());
    model.addAttribute("organisationName", organisationName(partner));
    return "connection/partner-list";
  }

  @GetMapping(CONNECTIONS + "/{id}")
  @PreAuthorize(ROLE)
  String view(@PathVariable UUID id, @AuthenticationPrincipal StaffMember partner, Model model) {
    Connection connection = pages.forPartner(id, partner);
    audit.record(connection.personId(), "connection", "view", null, "partner");
    return show(connection, new ReplyForm(), ConnectionPages.errors(), model);
  }

  @PostMapping(CONNECTIONS + "/{id}")
  @PreAuthorize(ROLE)
  String reply(
      @PathVariable UUID id,
      @ModelAttribute("replyForm") ReplyForm form,
      @AuthenticationPrincipal StaffMember partner,
      Model model,
      RedirectAttributes redirect) {
    Connection connection = pages.forPartner(id, partner);
    var problem =
        connections.reply(
            connection, Typed.text(form.getReply()), StatusRule.Side.PARTNER, partner);
    if (problem.isPresent()) {
      return show(
          connection, form, ConnectionPages.errors().add("reply", text.get(problem.get())), model);
    }
    redirect.addFlashAttribute("savedMessage", "connection.saved.reply");
    return "redirect:" + CONNECTIONS + "/" + connection.id() + "#messages";
  }

  @GetMapping(CONNECTIONS + "/{id}/response")
  @PreAuthorize(ROLE)
  String responseForm(
      @PathVariable UUID id,
      @ModelAttribute("form") StatusForm form,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember partner,
      Model model) {
    Connection connection = pages.forPartner(id, partner);
    audit.record(connection.personId(), "connection", "view", null, "partner");
    if (!PreservedForm.wasRestored(request)) {
      form.setVersion(String.valueOf(connection.version()));
    }
    return showResponse(connection, model, ConnectionPages.errors());
  }

  @PostMapping(CONNECTIONS + "/{id}/response")
  @PreAuthorize(ROLE)
  String respond(
      @PathVariable UUID id,
      @ModelAttribute("form") StatusForm form,
      @AuthenticationPrincipal StaffMember partner,
      Model model,
      RedirectAttributes redirect) {
    Connection connection = pages.forPartner(id, partner);
    ConnectionStatus decision =
        ConnectionStatus.parse(form.getDecision())
            .filter(s -> s == ConnectionStatus.ACCEPTED || s == ConnectionStatus.DECLINED)
            .orElse(null);
    if (decision == null) {
      FormErrors errors =
          ConnectionPages.errors().add("decision", text.get("connection.error.decision.required"));
      return showResponse(connection, model, errors);
    }
    Connections.Change change =
        connections.changeStatus(
            connection,
            Typed.version(form.getVersion()),
            decision,
            Typed.text(form.getDeclineReason()),
            null,
            StatusRule.Side.PARTNER,
            partner);
    if (change instanceof Connections.Saved) {
      redirect.addFlashAttribute(
          "savedMessage",
          decision == ConnectionStatus.ACCEPTED
              ? "connection.saved.accepted"
              : "connection.saved.declined");
      return "redirect:" + CONNECTIONS + "/" + connection.id();
    }
    FormErrors errors = StatusPages.errors(change, form, text);
    StatusPages.addConflict(change, model);
    Connection shown =
        change instanceof Connections.Conflict conflict ? conflict.current() : connection;
    return showResponse(shown, model, errors);
  }

  @GetMapping(CONNECTIONS + "/{id}/outcome")
  @PreAuthorize(ROLE)
  String outcomeForm(
      @PathVariable UUID id,
      @ModelAttribute("form") StatusForm form,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember partner,
      Model model) {
    Connection connection = pages.forPartner(id, partner);
    audit.record(connection.personId(), "connection", "view", null, "partner");
    if (!PreservedForm.wasRestored(request)) {
      form.setVersion(String.valueOf(connection.version()));
      form.setFeedback(connection.feedback());
    }
    return showOutcome(connection, model, ConnectionPages.errors());
  }

  @PostMapping(CONNECTIONS + "/{id}/outcome")
  @PreAuthorize(ROLE)
  String recordOutcome(
      @PathVariable UUID id,
      @ModelAttribute("form") StatusForm form,
      @AuthenticationPrincipal StaffMember partner,
      Model model,
      RedirectAttributes redirect) {
    Connection connection = pages.forPartner(id, partner);
    Connections.Change change =
        connections.changeStatus(
            connection,
            Typed.version(form.getVersion()),
            ConnectionStatus.parse(form.getStatus())
                .filter(ConnectionStatus.OUTCOMES::contains)
                .orElse(null),
            null,
            Typed.text(form.getFeedback()),
            StatusRule.Side.PARTNER,
            partner);
    if (change instanceof Connections.Saved) {
      redirect.addFlashAttribute("savedMessage", "connection.saved.outcome");
      return "redirect:" + CONNECTIONS + "/" + connection.id();
    }
    FormErrors errors = StatusPages.errors(change, form, text);
    StatusPages.addConflict(change, model);
    Connection shown =
        change instanceof Connections.Conflict conflict ? conflict.current() : connection;
    return showOutcome(shown, model, errors);
  }

  private String show(Connection connection, ReplyForm form, FormErrors errors, Model model) {
    model.addAttribute("replyForm", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "mayRespond", connection.status().acceptsResponse() && !connection.consentWithdrawn());
    model.addAttribute("mayRecordOutcome", !connection.status().outcomeChoices().isEmpty());
    addDetails(connection, model);
    return "connection/partner-view";
  }

  private String showResponse(Connection connection, Model model, FormErrors errors) {
    model.addAttribute("errors", errors);
    addDetails(connection, model);
    return "connection/partner-response";
  }

  private String showOutcome(Connection connection, Model model, FormErrors errors) {
    model.addAttribute("connection", connection);
    model.addAttribute("choices", ConnectionPages.outcomeValues(connection.status()));
    model.addAttribute("errors", errors);
    model.addAttribute("action", CONNECTIONS + "/" + connection.id() + "/outcome");
    model.addAttribute("back", CONNECTIONS + "/" + connection.id());
    return "connection/outcome";
  }

  /** As the practitioner's page, but once consent is withdrawn only the name of what was shared. */
  private void addDetails(Connection connection, Model model) {
    pages.addDetails(connection, model);
    model.addAttribute(
        "shared", ConsentRule.seenByPartner(connection, store.items(connection.id())));
  }

  private String sharedName(Connection c) {
    return store.items(c.id()).stream()
        .filter(item -> item.field() == SharedField.NAME)
        .map(DisclosureSnapshot.Item::value)
        .findFirst()
        .orElse(null);
  }

  private String organisationName(StaffMember partner) {
    return assets
        .organisation(partner.organisationId())
        .map(org -> org.name())
        .orElse(partner.displayName());
  }
}
