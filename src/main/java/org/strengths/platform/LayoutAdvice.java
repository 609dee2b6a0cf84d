package org.strengths.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its service navigation, filtered by who is signed in. */
@ControllerAdvice
class LayoutAdvice {

  private final List<NavigationLink> links;

  LayoutAdvice(List<NavigationLink> links) {
    this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
  }

  @ModelAttribute("navigation")
  List<NavigationLink.Shown> navigation(Authentication authentication, HttpServletRequest request) {
    if (authentication == null) {
      return List.of();
    }
    Set<String> held =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    String uri = request.getRequestURI();
    return links.stream()
        .filter(link -> link.authorities().stream().anyMatch(held::contains))
        .map(
            link ->
                new NavigationLink.Shown(
                    link.path(),
                    link.labelKey(),
                    isWithin(uri, link.path()),
                    uri.equals(link.path()),
                    link.counter() == null ? null : link.counter().count(authentication)))
        .toList();
  }

  /** The link's own page or one below it: "/" is only the home page, "/people" not "/peoples". */
  static boolean isWithin(String uri, String path) {
    return uri.equals(path) || (!"/".equals(path) && uri.startsWith(path + "/"));
  }
}
