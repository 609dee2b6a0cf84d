package org.strengths.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of a person's record its side navigation ({@code templates/fragments/record ::
 * navigation}). The links carry nothing about the person but their id, which is already in the
 * address, so they are worked out before the page checks who may see the person.
 */
@ControllerAdvice
class RecordNavigationAdvice {

  private final RecordNavigation navigation;

  RecordNavigationAdvice(List<PersonRecordPart> parts) {
    this.navigation = new RecordNavigation(parts);
  }

  @ModelAttribute("recordNavigation")
  List<RecordNavigation.Shown> recordNavigation(
      Authentication authentication, HttpServletRequest request) {
    if (authentication == null) {
      return List.of();
    }
    Set<String> held =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return navigation.forPage(path, held);
  }
}
