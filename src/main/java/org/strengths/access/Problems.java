package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for API answers given outside a controller (security filters) or by a
 * page handler asked through the API. Integrators read these, so the wording is for developers.
 */
final class Problems {

  static final String NO_WORKING_RELATIONSHIP = "urn:strengths:problem:no-working-relationship";
  static final String VALIDATION = "urn:strengths:problem:invalid-request";

  static final String UNAUTHENTICATED_DETAIL =
      "Send a valid API token as 'Authorization: Bearer <token>'. Ask an administrator to issue"
          + " one.";
  static final String FORBIDDEN_DETAIL = "The account that owns this API token may not do this.";
  static final String NO_WORKING_RELATIONSHIP_DETAIL =
      "The account that owns this API token has no working relationship with this person."
          + " Break-glass access is only available in the web pages.";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  static Map<String, Object> of(HttpStatus status, String detail, String instance) {
    return of(typeFor(status), status, detail, instance);
  }

  /**
   * A type for a problem that is no more than its HTTP status. RFC 9457 allows leaving it out
   * (meaning "about:blank"), but clients find it simpler when every problem names its type.
   */
  static String typeFor(HttpStatusCode status) {
    return "urn:strengths:problem:"
        + switch (status.value()) {
          case 400 -> "bad-request";
          case 401 -> "unauthenticated";
          case 403 -> "forbidden";
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 415 -> "unsupported-media-type";
          case 500 -> "internal-error";
          default -> "http-" + status.value();
        };
  }

  static Map<String, Object> noWorkingRelationship(String instance) {
    return of(
        NO_WORKING_RELATIONSHIP, HttpStatus.FORBIDDEN, NO_WORKING_RELATIONSHIP_DETAIL, instance);
  }

  private static Map<String, Object> of(
      String type, HttpStatus status, String detail, String instance) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", type);
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", instance);
    return problem;
  }

  static void write(HttpServletResponse response, Map<String, Object> problem) throws IOException {
    response.setStatus((Integer) problem.get("status"));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), problem);
  }

  static View view(Map<String, Object> problem) {
    return (model, request, response) -> write(response, problem);
  }
}
