package org.strengths.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details ({@code application/problem+json}), the one way every API answers with a
 * problem: from a controller ({@link #response}, {@link #invalid}), from {@link ApiProblems} for
 * exceptions, and from outside a controller (security filters: {@link #write}). Integrators read
 * these, so the wording is for developers.
 */
public final class Problems {

  public static final String NOT_FOUND = "urn:strengths:problem:not-found";
  public static final String VALIDATION = "urn:strengths:problem:invalid-request";
  public static final String CONFLICT = "urn:strengths:problem:conflict";

  public static final String UNAUTHENTICATED_DETAIL =
      "Send a valid API token as 'Authorization: Bearer <token>'. Ask an administrator to issue"
          + " one.";
  public static final String FORBIDDEN_DETAIL =
      "The account that owns this API token may not do this.";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  public static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /**
   * A type for a problem that is no more than its HTTP status. RFC 9457 allows leaving it out
   * (meaning "about:blank"), but clients find it simpler when every problem names its type.
   */
  public static String typeFor(HttpStatusCode status) {
    return "urn:strengths:problem:"
        + switch (status.value()) {
          case 400 -> "bad-request";
          case 401 -> "unauthenticated";
          case 403 -> "forbidden";
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 409 -> "conflict";
          case 415 -> "unsupported-media-type";
          case 500 -> "internal-error";
          default -> "http-" + status.value();
        };
  }

  /** A problem of a named type. */
  public static ProblemDetail detail(HttpStatusCode status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(type));
    return problem;
  }

  /** An answer with a problem of a named type. */
  public static ResponseEntity<ProblemDetail> response(
      HttpStatusCode status, String type, String detail) {
    return response(detail(status, type, detail));
  }

  /** An answer with this problem. */
  public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** 404 with a detail such as "There is no person with this id." */
  public static ResponseEntity<ProblemDetail> notFound(String detail) {
    return response(HttpStatus.NOT_FOUND, NOT_FOUND, detail);
  }

  /**
   * 400 for a request with invalid fields: {@code errors} holds one entry per field ({@code
   * pointer}, a JSON pointer into the request body; {@code field}; {@code detail}), in the order of
   * the form. Field ids with dashes ({@code actions-0-what}) point into arrays ({@code
   * #/actions/0/what}, field {@code actions.0.what}).
   */
  public static ResponseEntity<ProblemDetail> invalid(String detail, FormErrors errors) {
    return invalid(detail, errors.asMap());
  }

  /** 400 for a request with invalid fields, field to message. */
  public static ResponseEntity<ProblemDetail> invalid(String detail, Map<String, String> errors) {
    ProblemDetail problem = detail(HttpStatus.BAD_REQUEST, VALIDATION, detail);
    problem.setProperty("errors", fieldErrors(errors));
    return response(problem);
  }

  /** One entry per field: pointer, field, detail. */
  public static List<Map<String, String>> fieldErrors(Map<String, String> errors) {
    return errors.entrySet().stream()
        .map(
            e ->
                Map.of(
                    "pointer",
                    e.getKey().isEmpty()
                        ? "#"
                        : "#/" + e.getKey().replace('-', '/').replace('.', '/'),
                    "field",
                    e.getKey().replace('-', '.'),
                    "detail",
                    e.getValue()))
        .toList();
  }

  /** A problem as a map, for writing outside a controller. */
  public static Map<String, Object> of(HttpStatus status, String detail, String instance) {
    return of(typeFor(status), status, detail, instance);
  }

  /** A problem of a named type as a map, for writing outside a controller. */
  public static Map<String, Object> of(
      String type, HttpStatus status, String detail, String instance) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", type);
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", instance);
    return problem;
  }

  public static void write(HttpServletResponse response, Map<String, Object> problem)
      throws IOException {
    response.setStatus((Integer) problem.get("status"));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), problem);
  }

  public static View view(Map<String, Object> problem) {
    return (model, request, response) -> write(response, problem);
  }
}
