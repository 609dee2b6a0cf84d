package org.strengths.home;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;
import org.strengths.platform.NavigationLink;

/**
 * The number beside "My work" (and the manager's "Team") in the navigation. Every page shows it, so
 * it is kept for a minute per member of staff rather than counted on every page; opening the home
 * page counts afresh. Minutes here are wall-clock, not the council's clock: this is a cache, not a
 * date anyone relies on.
 */
@Component
class WorkCounts {

  static final long KEEP_NANOS = 60_000_000_000L;

  private record Kept(int count, long at) {}

  private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();
  private final MyWork myWork;
  private final TeamHome teamHome;

  WorkCounts(MyWork myWork, TeamHome teamHome) {
    this.myWork = myWork;
    this.teamHome = teamHome;
  }

  void remember(StaffMember staff, int count) {
    if (kept.size() > 10_000) {
      kept.clear();
    }
    kept.put(staff.id(), new Kept(count, System.nanoTime()));
  }

  int count(Authentication signedIn) {
    if (!(signedIn.getPrincipal() instanceof StaffMember staff)) {
      return 0;
    }
    Kept known = kept.get(staff.id());
    if (known != null && System.nanoTime() - known.at() < KEEP_NANOS) {
      return known.count();
    }
    int count =
        switch (staff.role()) {
          case PRACTITIONER -> myWork.needingAction(staff);
          case MANAGER -> teamHome.needingAction(staff);
          default -> 0;
        };
    remember(staff, count);
    return count;
  }

  @Configuration(proxyBeanMethods = false)
  static class Navigation {

    @Bean
    NavigationLink myWorkNavigationLink(WorkCounts counts) {
      return new NavigationLink(
          "/", "work.nav.myWork", Set.of(Role.PRACTITIONER.authority()), 5, counts::count);
    }

    @Bean
    NavigationLink teamHomeNavigationLink(WorkCounts counts) {
      return new NavigationLink(
          "/", "work.nav.team", Set.of(Role.MANAGER.authority()), 5, counts::count);
    }
  }
}
