package org.strengths.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.strengths.platform.web.Ids;
import org.strengths.platform.web.NotFoundException;

/**
 * Resolves a {@link PersonInScope} handler parameter from the {@code {id}} path variable: the one
 * place where a page about a person checks the working relationship. Arguments are resolved before
 * {@code @PreAuthorize} runs, so a role that never sees identifiable records is refused here first
 * (403 before 404, so nothing leaks about which ids exist).
 */
@Configuration
class PersonInScopeResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

  static final String ID = "id";

  private final PersonDirectory directory;
  private final PersonAccess access;

  PersonInScopeResolver(PersonDirectory directory, PersonAccess access) {
    this.directory = directory;
    this.access = access;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == PersonInScope.class;
  }

  @Override
  public PersonInScope resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    StaffMember staff = signedIn();
    if (!AccessPolicy.mayBreakGlass(staff)) {
      throw new AccessDeniedException("Role may not see identifiable records");
    }
    UUID id = Ids.orNull(pathVariable(request));
    if (id == null) {
      throw new NotFoundException("There is no person with this id.");
    }
    PersonAllocation allocation =
        directory
            .allocationOf(id)
            .orElseThrow(() -> new NotFoundException("There is no person with this id."));
    access.check(staff, allocation);
    return new PersonInScope(
        id, directory.displayName(id).orElse(""), allocation.teamId(), allocation.workerId());
  }

  private static StaffMember signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof StaffMember staff) {
      return staff;
    }
    throw new AccessDeniedException("Not signed in as a member of staff");
  }

  private static String pathVariable(NativeWebRequest request) {
    Object variables =
        request.getAttribute(
            HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    return variables instanceof Map<?, ?> map && map.get(ID) instanceof String value ? value : null;
  }
}
