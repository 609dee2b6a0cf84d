package org.strengths.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Nothing is there: no record has that id, or the id is not one at all. A page answers with the 404
 * page; an API endpoint with an RFC 9457 problem ({@code urn:strengths:problem:not-found}) that
 * carries the detail. The one not-found exception of every module.
 */
public class NotFoundException extends ErrorResponseException {

  public NotFoundException() {
    this("There is nothing at this address.");
  }

  /**
   * @param detail what was not found, for an API client: "There is no person with this id."
   */
  public NotFoundException(String detail) {
    super(
        HttpStatus.NOT_FOUND,
        Problems.detail(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, detail),
        null);
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }

  /** The problem an API answers with. */
  public ProblemDetail problem() {
    return getBody();
  }
}
