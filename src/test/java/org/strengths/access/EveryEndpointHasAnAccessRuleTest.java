package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and API endpoint of ours states who may use it, so that a new one cannot go live open
 * to everyone who can sign in by forgetting it.
 */
@AccessIntegrationTest
class EveryEndpointHasAnAccessRuleTest {

  @Autowired ApplicationContext context;

  @Test
  void everyHandlerMethodOfOursCarriesPreAuthorize() {
    List<String> missing =
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
            .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
            .filter(handler -> isOurs(handler.getValue()))
            .filter(handler -> !hasAccessRule(handler.getValue()))
            .map(EveryEndpointHasAnAccessRuleTest::describe)
            .distinct()
            .sorted()
            .toList();

    assertThat(missing).as("handler methods without @PreAuthorize").isEmpty();
  }

  /**
   * The Open Referral UK API is public and anonymous by the standard, so its handlers say {@code
   * permitAll()}; that rule is allowed there and on the sign-in page, and nowhere else.
   */
  @Test
  void onlyThePublicOpenReferralApiIsOpenToEveryone() {
    List<String> open =
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
            .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
            .filter(handler -> isOurs(handler.getValue()))
            .filter(handler -> rule(handler.getValue()).contains("permitAll"))
            .filter(
                handler ->
                    !handler.getKey().getPatternValues().stream()
                        .allMatch(
                            path ->
                                path.equals("/sign-in")
                                    || path.equals("/oruk")
                                    || path.startsWith("/oruk/")))
            .map(EveryEndpointHasAnAccessRuleTest::describe)
            .toList();

    assertThat(open).as("handler methods open to everyone outside /oruk and /sign-in").isEmpty();
  }

  private static String rule(HandlerMethod handler) {
    PreAuthorize rule =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
    if (rule == null) {
      rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
    return rule == null ? "" : rule.value();
  }

  @Test
  void findsOurHandlerMethodsAtAll() {
    long ours =
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
            .flatMap(mapping -> mapping.getHandlerMethods().values().stream())
            .filter(EveryEndpointHasAnAccessRuleTest::isOurs)
            .count();

    assertThat(ours).as("handler methods in org.strengths").isGreaterThan(5);
  }

  private static boolean isOurs(HandlerMethod handler) {
    return handler.getBeanType().getName().startsWith("org.strengths.");
  }

  private static boolean hasAccessRule(HandlerMethod handler) {
    return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
  }

  private static String describe(Map.Entry<RequestMappingInfo, HandlerMethod> handler) {
    HandlerMethod method = handler.getValue();
    return method.getBeanType().getName()
        + "#"
        + method.getMethod().getName()
        + " "
        + handler.getKey();
  }
}
