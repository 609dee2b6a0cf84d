package org.strengths.home;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strengths.access.StaffMember;
import org.strengths.assessment.WaitingWell;
import org.strengths.platform.NavigationLink;
import org.strengths.portal.SupportRequests;
import org.strengths.practice.Supervisions;

/**
 * The start page after signing in. Practitioners see their work, team managers their team's;
 * partners go to the partner portal; analysts (and commissioners) to the figures about the service;
 * administrators, who never see people's records, see what they can do.
 *
 * <p>Like search and the reviews list, these pages show names and dates only, each linking to the
 * page where the work is done; that page checks the working relationship and audits the view.
 */
@Controller
class HomeController {

  static final String PARTNER_HOME = "/partner";

  /** The analyst's (and commissioner's) home: figures about the service (insight, ADR 0167). */
  static final String ANALYST_HOME = "/insight";

  private final MyWork myWork;
  private final TeamHome teamHome;
  private final WorkCounts counts;
  private final Supervisions supervisions;
  private final SupportRequests supportRequests;
  private final Clock clock;
  private final ReviewsAsked reviewsAsked;
  private final ChangesAsked changesAsked;
  private final WaitingWell waitingWell;

  HomeController(
      MyWork myWork,
      TeamHome teamHome,
      WorkCounts counts,
      Supervisions supervisions,
      SupportRequests supportRequests,
      Clock clock,
      ReviewsAsked reviewsAsked,
      ChangesAsked changesAsked,
      WaitingWell waitingWell) {
    this.reviewsAsked = reviewsAsked;
    this.changesAsked = changesAsked;
    this.waitingWell = waitingWell;
    this.supportRequests = supportRequests;
    this.clock = clock;
    this.myWork = myWork;
    this.teamHome = teamHome;
    this.counts = counts;
    this.supervisions = supervisions;
  }

  @GetMapping("/")
  @PreAuthorize("isAuthenticated()")
  String home(@AuthenticationPrincipal StaffMember staff, Model model) {
    switch (staff.role()) {
      case PRACTITIONER -> {
        MyWork.View work = myWork.of(staff);
        counts.remember(staff, work.needingAction());
        showCount(model, work.needingAction());
        model.addAttribute("work", work);
        model.addAttribute("online", online(staff.teamId()));
        model.addAttribute("reviewsAsked", reviewsAsked.forWorker(staff));
        model.addAttribute("changesAsked", changesAsked.forWorker(staff));
        model.addAttribute(
            "waitingEscalated",
            staff.teamId() == null
                ? List.of()
                : waitingWell.escalatedFor(staff.teamId(), staff.id()));
        model.addAttribute("messagesWaiting", work.messages());
        return "home/my-work";
      }
      case MANAGER -> {
        TeamHome.View team = teamHome.of(staff);
        counts.remember(staff, team.needingAction());
        showCount(model, team.needingAction());
        model.addAttribute("team", team);
        model.addAttribute("online", online(staff.teamId()));
        model.addAttribute("reviewsAsked", reviewsAsked.forTeam(staff));
        model.addAttribute("waitingEscalated", waitingWell.escalatedInTeam(staff.teamId()));
        model.addAttribute("supervisionOverdue", supervisions.needingAction(staff));
        return "home/team";
      }
      case PARTNER -> {
        return "redirect:" + PARTNER_HOME;
      }
      case ANALYST -> {
        return "redirect:" + ANALYST_HOME;
      }
      default -> {
        return "access/home";
      }
    }
  }

  /** A request made online waiting for the team to say who the person is. */
  record Online(
      String personName, String reference, long days, boolean possibleMatch, String link) {}

  /** The team's requests made online, longest waiting first (names only, like the other lists). */
  private List<Online> online(UUID teamId) {
    return supportRequests.waitingFor(teamId).stream()
        .map(
            request ->
                new Online(
                    request.personName(),
                    request.reference(),
                    HomeDates.daysSince(request.sentAt(), clock),
                    request.possibleMatch(),
                    "/support-requests/" + request.id()))
        .toList();
  }

  /** The navigation was drawn before this page counted; show the count the page shows. */
  private static void showCount(Model model, int count) {
    if (model.getAttribute("navigation") instanceof List<?> items) {
      model.addAttribute(
          "navigation",
          items.stream()
              .map(
                  item ->
                      item instanceof NavigationLink.Shown shown && "/".equals(shown.path())
                          ? new NavigationLink.Shown(
                              shown.path(), shown.labelKey(), shown.active(), shown.exact(), count)
                          : item)
              .toList());
    }
  }
}
