package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.strengths.platform.web.Problems;

/**
 * Any page that refuses a person's record for want of a working relationship shows the break-glass
 * offer instead. The request is forwarded to a controller, rather than the view rendered here, so
 * the page gets the same layout model (navigation, signed-in user) as every other page. API
 * controllers are answered first by {@code ApiProblems}; anything else under {@code /api/} still
 * gets problem+json rather than a page. Ordered early so that a module's catch-all handler cannot
 * turn the offer into a generic error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NoWorkingRelationshipAdvice {

  @ExceptionHandler(NoWorkingRelationshipException.class)
  ModelAndView offerBreakGlass(NoWorkingRelationshipException refusal, HttpServletRequest request) {
    if (Problems.isApi(request)) {
      ModelAndView problem =
          new ModelAndView(
              Problems.view(NoWorkingRelationshipException.problem(request.getRequestURI())));
      problem.setStatus(HttpStatus.FORBIDDEN);
      return problem;
    }
    ModelAndView offer =
        new ModelAndView(
            "forward:"
                + BreakGlassController.OFFER_PATH.replace("{id}", refusal.personId().toString()));
    offer.setStatus(HttpStatus.FORBIDDEN);
    return offer;
  }
}
