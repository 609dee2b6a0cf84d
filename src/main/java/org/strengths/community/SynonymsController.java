package org.strengths.community;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;

/** Administrators keep the search synonym list and import Open Referral feeds. */
@Controller
class SynonymsController {

  static final int WORDS_MAX = 500;

  private final Synonyms synonyms;
  private final OrukImport importer;
  private final AuditLog audit;

  SynonymsController(Synonyms synonyms, OrukImport importer, AuditLog audit) {
    this.synonyms = synonyms;
    this.importer = importer;
    this.audit = audit;
  }

  @GetMapping("/admin/community-synonyms")
  @PreAuthorize("hasRole('ADMIN')")
  String list(Model model) {
    model.addAttribute("groups", synonyms.all());
    return "community/synonyms";
  }

  @PostMapping("/admin/community-synonyms")
  @PreAuthorize("hasRole('ADMIN')")
  String add(
      @RequestParam(defaultValue = "") String words,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    String normalised = Synonyms.normalise(words);
    if (!normalised.contains(",") || words.length() > WORDS_MAX) {
      model.addAttribute(
          "error",
          words.length() > WORDS_MAX
              ? "community.synonyms.error.tooLong"
              : "community.synonyms.error.two");
      model.addAttribute("words", words);
      model.addAttribute("groups", synonyms.all());
      return "community/synonyms";
    }
    synonyms.add(normalised, staff.getUsername());
    audit.record(null, "community-synonyms", "create", null, normalised);
    redirect.addFlashAttribute("added", normalised);
    return "redirect:/admin/community-synonyms";
  }

  @PostMapping("/admin/community-synonyms/{id}/delete")
  @PreAuthorize("hasRole('ADMIN')")
  String delete(@PathVariable UUID id, RedirectAttributes redirect) {
    synonyms.remove(id);
    audit.record(null, "community-synonyms", "delete", null, id.toString());
    return "redirect:/admin/community-synonyms";
  }

  @GetMapping("/admin/community-import")
  @PreAuthorize("hasRole('ADMIN')")
  String importPage() {
    return "community/import";
  }

  @PostMapping("/admin/community-import")
  @PreAuthorize("hasRole('ADMIN')")
  String importFeed(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String url,
      @AuthenticationPrincipal StaffMember staff,
      Model model)
      throws Exception {
    OrukImport.Report report;
    if (file != null && !file.isEmpty()) {
      report =
          importer.importText(
              file.getOriginalFilename(),
              new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8),
              staff.getUsername());
    } else if (url != null && url.matches("https?://\\S+")) {
      try {
        report = importer.importUrl(url.strip(), staff.getUsername());
      } catch (java.io.IOException | IllegalArgumentException unreachable) {
        model.addAttribute("error", "community.import.error.url");
        model.addAttribute("url", url);
        return "community/import";
      }
    } else {
      model.addAttribute("error", "community.import.error.none");
      model.addAttribute("url", url);
      return "community/import";
    }
    audit.record(
        null,
        "community-import",
        "import",
        null,
        report.created() + " created, " + report.updated() + " updated");
    model.addAttribute("report", report);
    return "community/import";
  }
}
