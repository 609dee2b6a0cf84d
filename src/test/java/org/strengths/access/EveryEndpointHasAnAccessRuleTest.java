package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strengths.testing.WebSession;

/**
 * Every page and API endpoint of ours states who may use it, so that a new one cannot go live open
 * to everyone who can sign in by forgetting it; and every management endpoint but the health check
 * answers only the metrics scraper's token, whatever else is exposed later.
 */
@AccessIntegrationTest
class EveryEndpointHasAnAccessRuleTest {

  private static final String HEALTH = "/actuator/health";

  @Autowired ApplicationContext context;
  @Autowired PathMappedEndpoints managementEndpoints;
  @LocalServerPort int port;

  @Value("${strengths.management.token}")
  String scrapeToken;

  @Test
  void everyManagementEndpointButHealthAnswersOnlyTheScrapeToken() {
    List<String> paths =
        Stream.concat(
                Stream.of(managementEndpoints.getBasePath()),
                managementEndpoints.getAllPaths().stream())
            .filter(path -> !path.equals(HEALTH))
            .distinct()
            .toList();
    assertThat(paths).as("management endpoints exposed").contains("/actuator/prometheus");
    WebSession admin = WebSession.signedIn(port, "admin", "strengths-demo");

    List<String> wrong = new ArrayList<>();
    for (String path : paths) {
      expect(wrong, path + " anonymously", get(path, null).statusCode(), 401);
      expect(wrong, path + " signed in as an administrator", admin.get(path).statusCode(), 401);
      expect(wrong, path + " with a wrong token", get(path, scrapeToken + "x").statusCode(), 401);
      expect(wrong, path + " with an API-style token", get(path, "st_abc").statusCode(), 401);
      expect(wrong, path + " with the scrape token", get(path, scrapeToken).statusCode(), 200);
    }

    assertThat(wrong).as("management endpoints answering the wrong people").isEmpty();
  }

  /**
   * The single sign-on endpoints are served by Spring Security's filters, not by handler methods.
   * Here no provider is configured, so there are no such filters: the start falls to its handler,
   * which only sends the person back to sign in, and the callback to the rule for every other page,
   * sign in first. (SingleSignOnTest shows what they do when a provider is configured: the start
   * goes only to the provider, and the callback signs in nobody without a sign-in it started.)
   */
  @Test
  void theSingleSignOnEndpointsAreClosedWhenNoProviderIsConfigured() {
    for (String path :
        List.of(SingleSignOn.START, SingleSignOn.CALLBACK + "?code=made-up&state=made-up")) {
      HttpResponse<String> response = get(path, null);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(WebSession.location(response)).as(path).isEqualTo("/sign-in");
    }
  }

  @Test
  void theHealthCheckIsTheOnlyManagementEndpointOpenToEveryone() {
    assertThat(managementEndpoints.getAllPaths()).contains(HEALTH);

    assertThat(get(HEALTH, null).statusCode()).isEqualTo(200);
    // Not exposed at all: it falls to the pages, which send an anonymous visitor to sign in.
    assertThat(get("/actuator/env", null).statusCode()).isNotEqualTo(200);
    assertThat(get("/actuator/env", scrapeToken).statusCode()).isNotEqualTo(200);
  }

  private static void expect(List<String> wrong, String what, int status, int expected) {
    if (status != expected) {
      wrong.add(what + " answered " + status + ", not " + expected);
    }
  }

  private HttpResponse<String> get(String path, String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

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
   * permitAll()}; that rule is allowed there, on the public "Ask for support" pages, on the sign-in
   * pages (staff's, and the person's own under /my/sign-in) and on the page that tells someone the
   * identity provider signed in that they have no account here, and nowhere else.
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
                                    || path.equals("/my/sign-in")
                                    || path.equals("/my/sign-in/code")
                                    // The person's identity provider (docs/adr/0163).
                                    || path.equals("/my/sign-in/with/citizen")
                                    || path.equals("/my/sign-in/not-found")
                                    || path.equals(SingleSignOn.START)
                                    || path.equals(SingleSignOn.NOT_RECOGNISED)
                                    || path.equals("/oruk")
                                    || path.equals("/ask-for-support")
                                    || path.startsWith("/ask-for-support/")
                                    || path.startsWith("/oruk/")))
            .map(EveryEndpointHasAnAccessRuleTest::describe)
            .toList();

    assertThat(open)
        .as("handler methods open to everyone outside /oruk, /ask-for-support and sign-in")
        .isEmpty();
  }

  /**
   * {@code @PreAuthorize} is the only method-security annotation enforced here (its interceptor is
   * published alone, ADR 0187): any other on a bean of ours would be silently ignored.
   */
  @Test
  void noBeanOfOursCarriesAMethodSecurityAnnotationThatIsNotEnforced() {
    List<Class<? extends Annotation>> unenforced =
        List.of(PostAuthorize.class, PreFilter.class, PostFilter.class, Secured.class);
    List<String> found = new ArrayList<>();
    for (String name : context.getBeanDefinitionNames()) {
      Class<?> type = context.getType(name);
      Class<?> ours = type == null ? null : ClassUtils.getUserClass(type);
      if (ours == null || !isOurs(ours)) {
        continue;
      }
      for (Class<? extends Annotation> annotation : unenforced) {
        if (AnnotatedElementUtils.hasAnnotation(ours, annotation)) {
          found.add(ours.getName() + " @" + annotation.getSimpleName());
        }
        for (Method method : ReflectionUtils.getAllDeclaredMethods(ours)) {
          if (AnnotatedElementUtils.hasAnnotation(method, annotation)) {
            found.add(ours.getName() + "." + method.getName() + " @" + annotation.getSimpleName());
          }
        }
      }
    }

    assertThat(found).as("method-security annotations that nothing enforces").isEmpty();
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
    return isOurs(handler.getBeanType());
  }

  private static boolean isOurs(Class<?> type) {
    return type.getName().startsWith("org.strengths.");
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
