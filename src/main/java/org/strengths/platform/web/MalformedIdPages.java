package org.strengths.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Ids in the address are bound by Spring ({@code @PathVariable UUID id}); one that is not an id
 * ({@code /people/not-an-id}) names no record, so the page answers 404 with the not-found page, not
 * 400 and never 500. API controllers are answered by {@link ApiProblems}, ordered first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MalformedIdPages {

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void notAnId(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response)
      throws IOException {
    response.sendError(
        isPathVariable(mismatch) ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
  }

  /** The value that did not convert came from the address's path. */
  static boolean isPathVariable(TypeMismatchException error) {
    if (!(error instanceof MethodArgumentTypeMismatchException mismatch)) {
      return false;
    }
    MethodParameter parameter = mismatch.getParameter();
    return parameter.hasParameterAnnotation(PathVariable.class);
  }
}
