package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strengths.platform.web.Problems;

/**
 * Answers API paths that no endpoint serves with a problem, rather than the HTML-or-plain-JSON
 * error of the pages. Any more specific mapping wins over this one.
 */
@RestController
class ApiNotFoundController {

  @RequestMapping("/api/**")
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND, "There is no API endpoint at this address for this method.");
    problem.setType(URI.create(Problems.typeFor(HttpStatus.NOT_FOUND)));
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }
}
