package org.strengths.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strengths.access.StaffMember;

/**
 * The second fence: even if a URL rule were wrong, every page and API endpoint outside the partner
 * portal refuses a partner in its own {@code @PreAuthorize}, and the portal refuses council staff.
 * Only what is open to everyone (signing in, the public Open Referral API), the start page (which
 * sends a partner to the portal) and the API's "not found" answer are open to both.
 */
@SpringBootTest
@ActiveProfiles("test")
class PartnersAreRefusedEverywhereElseTest {

  // The API's catch-all "not found" answer; the API's URL rules refuse partners before it.
  private static final List<String> OPEN_TO_ALL = List.of("/sign-in", "/", "/api/**");

  @Autowired ApplicationContext context;

  private final DefaultMethodSecurityExpressionHandler expressions =
      new DefaultMethodSecurityExpressionHandler();

  @Test
  void everyCouncilEndpointRefusesAPartnerInItsOwnRule() {
    Authentication partner =
        authenticated(StaffMember.partner(UUID.randomUUID(), "p", "P", UUID.randomUUID()));

    List<String> open =
        ourHandlers().entrySet().stream()
            .filter(h -> !isPortal(h.getKey()) && !isOpenToAll(h.getKey()))
            .filter(h -> !isPublic(h.getValue()))
            .filter(h -> allows(h.getValue(), partner))
            .map(h -> h.getKey().toString())
            .toList();

    assertThat(open).as("endpoints a partner's role would pass").isEmpty();
  }

  @Test
  void thePortalRefusesCouncilStaffAndLetsPartnersIn() {
    Authentication practitioner =
        authenticated(
            StaffMember.of(
                UUID.randomUUID(), "s", "S", org.strengths.access.Role.PRACTITIONER, null));
    Authentication partner =
        authenticated(StaffMember.partner(UUID.randomUUID(), "p", "P", UUID.randomUUID()));

    var portal = ourHandlers().entrySet().stream().filter(h -> isPortal(h.getKey())).toList();

    assertThat(portal).hasSizeGreaterThanOrEqualTo(8);
    assertThat(portal).allSatisfy(h -> assertThat(allows(h.getValue(), practitioner)).isFalse());
    assertThat(portal).allSatisfy(h -> assertThat(allows(h.getValue(), partner)).isTrue());
  }

  private Map<RequestMappingInfo, HandlerMethod> ourHandlers() {
    return context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
        .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
        .filter(h -> h.getValue().getBeanType().getName().startsWith("org.strengths."))
        .collect(
            java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
  }

  private boolean allows(HandlerMethod handler, Authentication who) {
    PreAuthorize rule =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
    if (rule == null) {
      rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
    if (rule == null) {
      return true;
    }
    EvaluationContext evaluation =
        expressions.createEvaluationContext(
            () -> who, new SimpleMethodInvocation(null, handler.getMethod()));
    return Boolean.TRUE.equals(
        expressions
            .getExpressionParser()
            .parseExpression(rule.value())
            .getValue(evaluation, Boolean.class));
  }

  private static boolean isPublic(HandlerMethod handler) {
    PreAuthorize rule =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
    return rule != null && rule.value().equals("permitAll()");
  }

  private static boolean isPortal(RequestMappingInfo info) {
    return info.getPatternValues().stream()
        .allMatch(p -> p.equals("/partner") || p.startsWith("/partner/"));
  }

  private static boolean isOpenToAll(RequestMappingInfo info) {
    return OPEN_TO_ALL.containsAll(info.getPatternValues());
  }

  private static Authentication authenticated(StaffMember staff) {
    return UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities());
  }
}
