package org.strengths.planning;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;
import org.strengths.platform.NavigationLink;

/**
 * Reviews due and overdue: a practitioner sees the people allocated to them, a manager their whole
 * team. It lists names and dates only, like search; opening a plan is checked and audited there.
 */
@Controller
class ReviewsDueController {

  private final ReviewsDue reviewsDue;
  private final Plans plans;

  ReviewsDueController(ReviewsDue reviewsDue, Plans plans) {
    this.reviewsDue = reviewsDue;
    this.plans = plans;
  }

  @GetMapping("/reviews")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String reviews(
      @RequestParam(name = "page", required = false) String page,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    ReviewsDue.Scope scope =
        staff.role() == Role.MANAGER
            ? new ReviewsDue.Scope(null, staff.teamId())
            : new ReviewsDue.Scope(staff.id(), null);
    model.addAttribute("result", reviewsDue.page(scope, plans.today(), page));
    model.addAttribute("wholeTeam", staff.role() == Role.MANAGER);
    return "planning/reviews";
  }

  @Configuration(proxyBeanMethods = false)
  static class Navigation {
    @Bean
    NavigationLink reviewsNavigationLink() {
      return new NavigationLink(
          "/reviews", "planning.nav.reviews", Set.of("ROLE_PRACTITIONER", "ROLE_MANAGER"), 30);
    }
  }
}
