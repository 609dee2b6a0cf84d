package org.strengths.connection;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.strengths.access.StaffMember;
import org.strengths.community.CommunityAssets;
import org.strengths.community.HowToConnect;
import org.strengths.community.OwnedEntry;
import org.strengths.community.OwnerResult;
import org.strengths.community.OwnerUpdate;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * A partner keeps its organisation's own directory entries current: sees when each was last
 * checked, confirms one is still right, or changes what it offers, when, the cost and how to get in
 * touch. Another organisation's entry is "not found", never "forbidden".
 */
@Controller
@PreAuthorize(PartnerPortalController.ROLE)
class PartnerDirectoryController {

  static final String DIRECTORY = "/partner/directory";

  /** The form's fields in page order, for the error summary. */
  private static final List<String> FIELDS =
      List.of(
          "offers",
          "description",
          "status",
          "days",
          "opensAt",
          "closesAt",
          "scheduleNotes",
          "cost",
          "costDetails",
          "contactName",
          "email",
          "phone",
          "website",
          "howToConnect",
          "access");

  private final CommunityAssets assets;
  private final ConnectionText text;

  PartnerDirectoryController(CommunityAssets assets, ConnectionText text) {
    this.assets = assets;
    this.text = text;
  }

  @GetMapping(DIRECTORY)
  @PreAuthorize(PartnerPortalController.ROLE)
  String directory(@AuthenticationPrincipal StaffMember partner, Model model) {
    model.addAttribute("entries", assets.ownedBy(partner.organisationId()));
    model.addAttribute("organisationName", organisationName(partner));
    return "connection/partner-directory";
  }

  @GetMapping(DIRECTORY + "/{id}")
  @PreAuthorize(PartnerPortalController.ROLE)
  String entry(@PathVariable UUID id, @AuthenticationPrincipal StaffMember partner, Model model) {
    model.addAttribute("entry", owned(id, partner));
    model.addAttribute("organisationName", organisationName(partner));
    return "connection/partner-entry";
  }

  @PostMapping(DIRECTORY + "/{id}/checked")
  @PreAuthorize(PartnerPortalController.ROLE)
  String markChecked(
      @PathVariable UUID id,
      @AuthenticationPrincipal StaffMember partner,
      RedirectAttributes redirect) {
    OwnedEntry entry = owned(id, partner);
    OwnerResult result =
        assets.markChecked(entry.id(), partner.organisationId(), checkedBy(partner));
    if (result instanceof OwnerResult.NotFound) {
      throw new NotFoundException();
    }
    redirect.addFlashAttribute(
        "savedMessage",
        result instanceof OwnerResult.Saved
            ? "connection.directory.saved.checked"
            : "connection.directory.checked.conflict");
    return "redirect:" + DIRECTORY + "/" + entry.id();
  }

  @GetMapping(DIRECTORY + "/{id}/edit")
  @PreAuthorize(PartnerPortalController.ROLE)
  String editForm(
      @PathVariable UUID id,
      @ModelAttribute("form") DirectoryForm form,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember partner,
      Model model) {
    OwnedEntry entry = owned(id, partner);
    if (!PreservedForm.wasRestored(request)) {
      model.addAttribute("form", DirectoryForm.of(entry.current(), entry.version()));
    }
    return showForm(entry, ConnectionPages.errors(), model);
  }

  @PostMapping(DIRECTORY + "/{id}/edit")
  @PreAuthorize(PartnerPortalController.ROLE)
  String save(
      @PathVariable UUID id,
      @ModelAttribute("form") DirectoryForm form,
      @AuthenticationPrincipal StaffMember partner,
      Model model,
      RedirectAttributes redirect) {
    OwnedEntry entry = owned(id, partner);
    OwnerResult result =
        assets.updateByOwner(
            entry.id(),
            partner.organisationId(),
            form.update(),
            Typed.version(form.getVersion()),
            checkedBy(partner));
    if (result instanceof OwnerResult.Saved) {
      redirect.addFlashAttribute("savedMessage", "connection.directory.saved.changed");
      return "redirect:" + DIRECTORY + "/" + entry.id();
    }
    if (result instanceof OwnerResult.Invalid invalid) {
      return showForm(entry, errors(invalid.errors()), model);
    }
    if (result instanceof OwnerResult.Conflict conflict) {
      // The typed text stays; the next save is based on what is stored now.
      form.setVersion(String.valueOf(conflict.current().version()));
      model.addAttribute("conflict", conflict.current());
      FormErrors errors =
          ConnectionPages.errors()
              .add("conflict", text.get("connection.directory.conflict.summary"));
      return showForm(conflict.current(), errors, model);
    }
    throw new NotFoundException();
  }

  private String showForm(OwnedEntry entry, FormErrors errors, Model model) {
    model.addAttribute("entry", entry);
    model.addAttribute("errors", errors);
    model.addAttribute("days", OwnerUpdate.DAYS);
    model.addAttribute("accessibility", OwnerUpdate.ACCESSIBILITY);
    model.addAttribute("statusChoices", List.of("ACTIVE", "PAUSED", "CLOSED"));
    model.addAttribute("costChoices", List.of("FREE", "PAID"));
    model.addAttribute(
        "connectChoices", Arrays.stream(HowToConnect.values()).map(Enum::name).toList());
    return "connection/partner-entry-form";
  }

  private FormErrors errors(Map<String, String> keys) {
    FormErrors errors = ConnectionPages.errors();
    FIELDS.stream()
        .filter(keys::containsKey)
        .forEach(field -> errors.add(field, text.get(keys.get(field))));
    // Anything the organisation cannot change itself (an imported entry may break a rule).
    keys.forEach(
        (field, key) -> {
          if (!FIELDS.contains(field)) {
            errors.add("offers", text.get("connection.directory.error.council"));
          }
        });
    return errors;
  }

  private OwnedEntry owned(UUID id, StaffMember partner) {
    return assets.owned(id, partner.organisationId()).orElseThrow(NotFoundException::new);
  }

  private String checkedBy(StaffMember partner) {
    return partner.displayName() + ", " + organisationName(partner);
  }

  private String organisationName(StaffMember partner) {
    return assets
        .organisation(partner.organisationId())
        .map(org -> org.name())
        .orElse(partner.displayName());
  }
}
