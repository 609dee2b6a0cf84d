package org.strengths.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strengths.access.AuditLog;
import org.strengths.platform.NavigationLink;

/**
 * The analyst's home, which commissioners use too (ADR 0167): each insight area with a headline
 * figure or two and a link to its page. Aggregates only, small numbers suppressed, no one's
 * identity. Pages other modules add for analysts (their navigation links) are listed under "More",
 * so a new one appears here without this page knowing of it.
 */
@Controller
class InsightHomeController {

  static final String PAGE = "/insight";

  /** The pages this home has a section for; any other analyst link is listed under "More". */
  private static final Set<String> SECTIONS =
      Set.of(
          "/",
          PAGE,
          CldExtractController.PAGE,
          NationalMeasuresController.PAGE,
          FlowController.PAGE,
          CohortController.PAGE,
          CommunityUseController.PAGE,
          GapsOverTimeController.PAGE,
          "/community/gaps");

  private final FlowOfDemand flow;
  private final FlowRefresh refresh;
  private final CohortOutcomes cohorts;
  private final CldExtracts extracts;
  private final CommunityUse use;
  private final GapsOverTime gaps;
  private final AuditLog audit;
  private final InsightText text;

  InsightHomeController(
      FlowOfDemand flow,
      FlowRefresh refresh,
      CohortOutcomes cohorts,
      CldExtracts extracts,
      CommunityUse use,
      GapsOverTime gaps,
      AuditLog audit,
      InsightText text) {
    this.flow = flow;
    this.refresh = refresh;
    this.cohorts = cohorts;
    this.extracts = extracts;
    this.use = use;
    this.gaps = gaps;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping(PAGE)
  @PreAuthorize("hasRole('ANALYST')")
  String home(Model model) {
    LocalDate today = text.today();
    FlowOfDemand.Figures figures =
        flow.figures(today.minusDays(91), today.minusDays(1), today, FlowFilters.ALL);
    model.addAttribute("requestsPerWeek", row(figures.period(), "requestsPerWeek"));
    model.addAttribute("waiting", row(figures.now(), "waiting"));
    model.addAttribute("refreshedAt", refresh.refreshedAt().map(text::moment).orElse(null));
    model.addAttribute("goLive", cohorts.goLive().orElse(null));
    CldExtracts.Extract last = extracts.kept(1).stream().findFirst().orElse(null);
    model.addAttribute("lastExtract", last);
    if (last != null) {
      model.addAttribute(
          "lastExtractMade", text.date(LocalDate.ofInstant(last.madeAt(), text.zone())));
    }
    YearMonth[] months = CommunityUse.lastTwelveMonths(today);
    model.addAttribute("months", months);
    model.addAttribute("use", use.figures(months[0], months[1], null, null).total());
    model.addAttribute("gaps", gaps.figures(null, null, today));
    model.addAttribute("more", more(model));
    audit.record(null, "insight-home", "view", null, null);
    return "insight/home";
  }

  private static FlowFigure row(List<FlowOfDemand.Row> rows, String key) {
    return rows.stream()
        .filter(row -> row.key().equals(key))
        .map(FlowOfDemand.Row::current)
        .findFirst()
        .orElse(FlowFigure.NONE);
  }

  /** The signed-in analyst's other navigation links (waiting well, when it is there, and more). */
  private static List<NavigationLink.Shown> more(Model model) {
    if (model.getAttribute("navigation") instanceof List<?> items) {
      return items.stream()
          .filter(NavigationLink.Shown.class::isInstance)
          .map(NavigationLink.Shown.class::cast)
          .filter(item -> !SECTIONS.contains(item.path()))
          .toList();
    }
    return List.of();
  }
}
