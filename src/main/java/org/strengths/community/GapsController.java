package org.strengths.community;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;

/**
 * The gaps register: a practitioner records an unmet need (what, where as a postcode district, for
 * whom in general terms — never a name); commissioners see the open needs counted by area and kind,
 * and mark a group of them as met when something has been found or commissioned for them (ADR
 * 0167). Insight counts them over time from the view {@code community_gap_flow}.
 */
@Controller
class GapsController {

  static final int NEED_MAX = 300;
  static final int WHO_MAX = 200;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditLog audit;

  GapsController(JdbcClient jdbc, Clock clock, AuditLog audit) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
  }

  record GapForm(String need, String kind, String area, String who) {}

  record Row(String area, String kind, long needs, String examples) {}

  @GetMapping("/community/gaps/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(@ModelAttribute("form") GapForm form, Model model) {
    model.addAttribute(
        "form",
        new GapForm(
            form.need(),
            form.kind(),
            form.area() == null ? null : Postcodes.district(form.area()),
            form.who()));
    model.addAttribute("kinds", AssetKind.values());
    return "community/gap-form";
  }

  @PostMapping("/community/gaps/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String record(
      @ModelAttribute("form") GapForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (AssetRules.blank(form.need())) {
      errors.put("need", "community.gap.error.need.required");
    } else if (form.need().length() > NEED_MAX) {
      errors.put("need", "community.gap.error.need.tooLong");
    }
    String area = AssetRules.blank(form.area()) ? "" : Postcodes.district(form.area());
    if (!area.matches("[A-Z]{1,2}[0-9][A-Z0-9]?")) {
      errors.put("area", "community.gap.error.area.invalid");
    }
    if (form.who() != null && form.who().length() > WHO_MAX) {
      errors.put("who", "community.gap.error.who.tooLong");
    }
    String kind =
        form.kind() != null
                && java.util.Arrays.stream(AssetKind.values())
                    .anyMatch(k -> k.name().equals(form.kind()))
            ? form.kind()
            : null;
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      model.addAttribute("kinds", AssetKind.values());
      return "community/gap-form";
    }
    jdbc.sql(
            "INSERT INTO community_gap (id, need, kind, area, who, created_at, created_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            form.need().strip(),
            kind,
            area,
            AssetRules.clean(form.who()),
            OffsetDateTime.now(clock),
            staff.getUsername())
        .update();
    redirect.addFlashAttribute("gapRecorded", true);
    return "redirect:/community";
  }

  @GetMapping("/community/gaps")
  @PreAuthorize("hasAnyRole('ANALYST','MANAGER','ADMIN')")
  String gaps(Model model) {
    List<Row> rows =
        jdbc.sql(
                """
                SELECT area, coalesce(kind, '') AS kind, count(*) AS needs,
                  string_agg(DISTINCT need, '; ') AS examples
                FROM community_gap WHERE closed_at IS NULL GROUP BY area, coalesce(kind, '')
                ORDER BY count(*) DESC, area, kind
                """)
            .query(Row.class)
            .list();
    model.addAttribute("rows", rows);
    return "community/gaps";
  }

  /**
   * Marks the open needs of one area and kind as met (a blank kind is the needs recorded without
   * one): they leave the register and count as closed from today.
   */
  @PostMapping("/community/gaps/met")
  @PreAuthorize("hasAnyRole('ANALYST','MANAGER','ADMIN')")
  String met(
      @RequestParam String area,
      @RequestParam(required = false) String kind,
      @AuthenticationPrincipal StaffMember staff,
      RedirectAttributes redirect) {
    String blankIsNone = kind == null ? "" : kind;
    int met =
        jdbc.sql(
                """
                UPDATE community_gap SET closed_at = :at, closed_by = :by
                WHERE closed_at IS NULL AND area = :area AND coalesce(kind, '') = :kind
                """)
            .param("at", OffsetDateTime.now(clock))
            .param("by", staff.getUsername())
            .param("area", area)
            .param("kind", blankIsNone)
            .update();
    audit.record(null, "community-gaps", "met", null, area + " " + blankIsNone + ": " + met);
    redirect.addFlashAttribute("gapsMet", met);
    return "redirect:/community/gaps";
  }
}
