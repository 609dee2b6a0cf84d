package org.strengths.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;

/**
 * The ecomap as a PNG image or a PDF with its text alternative, today or as on a date ({@code
 * ?on=yyyy-mm-dd}), for giving to the person or printing. Each export is audited: it takes
 * third-party information out of the system.
 */
@Controller
class EcomapExportController {

  private final NetworkPeople people;
  private final Networks networks;
  private final Ecomaps ecomaps;
  private final AuditLog audit;
  private final NetworkText text;

  EcomapExportController(
      NetworkPeople people, Networks networks, Ecomaps ecomaps, AuditLog audit, NetworkText text) {
    this.people = people;
    this.networks = networks;
    this.ecomaps = ecomaps;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/network/ecomap.png")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<byte[]> png(PersonInScope person, @RequestParam(required = false) String on) {
    UUID personId = person.id();
    LocalDate date = dateOf(on);
    audit.record(personId, "network", "export", null, "png " + date);
    byte[] image =
        ecomaps.png(
            people.displayName(personId), ties(personId, on, date), EcomapPng.DEFAULT_WIDTH);
    return download(image, MediaType.IMAGE_PNG, "ecomap-" + date + ".png");
  }

  @GetMapping("/people/{id}/network/ecomap.pdf")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<byte[]> pdf(PersonInScope person, @RequestParam(required = false) String on) {
    UUID personId = person.id();
    LocalDate date = dateOf(on);
    audit.record(personId, "network", "export", null, "pdf " + date);
    byte[] document = ecomaps.pdf(people.displayName(personId), date, ties(personId, on, date));
    return download(document, MediaType.APPLICATION_PDF, "ecomap-" + date + ".pdf");
  }

  /** Today's network unless a past date was asked for; a malformed date means today. */
  private LocalDate dateOf(String on) {
    DateTyped typed = DateTyped.read(on, null, null, null);
    return typed.date() == null ? text.today() : typed.date();
  }

  private List<Tie> ties(UUID personId, String on, LocalDate date) {
    return DateTyped.read(on, null, null, null).date() == null
        ? networks.currentTies(personId)
        : networks.tiesOn(personId, date);
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
