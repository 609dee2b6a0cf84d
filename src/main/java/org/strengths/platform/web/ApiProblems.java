package org.strengths.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error from an API controller is an RFC 9457 problem ({@code application/problem+json}):
 * type, title, status, detail and instance; validation errors add {@code errors}, one per field
 * ({@code pointer}, {@code field}, {@code detail}). Nothing internal (stack traces, SQL, class
 * names) reaches the client. Ordered first so that it, not a page advice, answers API controllers.
 *
 * <p>An exception that carries its own problem ({@link org.springframework.web.ErrorResponse}:
 * {@link NotFoundException}, a refused working relationship) is answered with it. An id in the
 * address that is not one ({@code /api/v1/people/not-an-id}) is 404, as no such record exists; a
 * malformed query parameter is 400.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> accessDenied(HttpServletRequest request) {
    return problem(
        ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, Problems.FORBIDDEN_DETAIL), request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception error, HttpServletRequest request) {
    if (DatabaseUnavailablePages.databaseUnavailable(error)) {
      return databaseUnavailable(error, request);
    }
    String reference = RequestIds.of(request);
    log.error(
        "Unexpected error in API request {} (reference {})",
        request.getRequestURI(),
        reference,
        error);
    return problem(
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. It has been logged with reference "
                + reference
                + "."),
        request);
  }

  /** As the pages do (ADR 0020): a client may try again shortly; nothing was saved. */
  private ResponseEntity<ProblemDetail> databaseUnavailable(
      Exception error, HttpServletRequest request) {
    log.warn(
        "Answered API request {} with 503: the database cannot be reached ({})",
        request.getRequestURI(),
        error.toString());
    ResponseEntity<ProblemDetail> answer =
        problem(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The service is unavailable for a moment; nothing was saved. Try again in a few"
                    + " seconds."),
            request);
    return ResponseEntity.status(answer.getStatusCode())
        .headers(answer.getHeaders())
        .header("Retry-After", DatabaseUnavailablePages.RETRY_AFTER_SECONDS)
        .body(answer.getBody());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException error,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    error.getBindingResult().getAllErrors().forEach(each -> errors.add(describe(each, null)));
    return validationProblem(error, errors, headers, request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException error,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (ParameterValidationResult result : error.getParameterValidationResults()) {
      String parameter = result.getMethodParameter().getParameterName();
      result.getResolvableErrors().forEach(each -> errors.add(describe(each, parameter)));
    }
    return validationProblem(error, errors, headers, request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (MalformedIdPages.isPathVariable(error)) {
      ProblemDetail problem =
          Problems.detail(
              HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "There is nothing at this address.");
      return handleExceptionInternal(error, problem, headers, HttpStatus.NOT_FOUND, request);
    }
    return super.handleTypeMismatch(error, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException error,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The request body is missing or is not valid JSON of the expected shape.");
    return handleExceptionInternal(error, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  private ResponseEntity<Object> validationProblem(
      Exception error, List<Map<String, String>> errors, HttpHeaders headers, WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The request has invalid fields: see errors.");
    problem.setType(URI.create(Problems.VALIDATION));
    problem.setProperty("errors", errors);
    return handleExceptionInternal(error, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  /** One invalid field: a JSON pointer into the request body, the field's name and why. */
  private Map<String, String> describe(MessageSourceResolvable error, String parameter) {
    String field =
        error instanceof FieldError fieldError
            ? fieldError.getField()
            : parameter != null ? parameter : "";
    return Map.of(
        "pointer",
        field.isEmpty() ? "#" : "#/" + field.replace('.', '/'),
        "field",
        field,
        "detail",
        message(error));
  }

  private String message(MessageSourceResolvable error) {
    MessageSource messages = getMessageSource();
    try {
      if (messages != null) {
        return messages.getMessage(error, LocaleContextHolder.getLocale());
      }
    } catch (NoSuchMessageException unknown) {
      // fall back to the validator's own wording
    }
    return error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage();
  }

  /** Names the type of problems that are no more than their HTTP status (see Problems). */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      typed(problem);
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private static ProblemDetail typed(ProblemDetail problem) {
    if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
      problem.setType(URI.create(Problems.typeFor(HttpStatusCode.valueOf(problem.getStatus()))));
    }
    return problem;
  }

  private static ResponseEntity<ProblemDetail> problem(
      ProblemDetail problem, HttpServletRequest request) {
    typed(problem);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
