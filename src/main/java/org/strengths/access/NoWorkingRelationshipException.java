package org.strengths.access;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.strengths.platform.web.Problems;

/**
 * The member of staff has no working relationship with the person. Pages answer with the
 * break-glass offer; the API answers 403 with an RFC 9457 problem of its own type.
 */
public class NoWorkingRelationshipException extends ErrorResponseException {

  static final String TYPE = "urn:strengths:problem:no-working-relationship";
  static final String DETAIL =
      "The account that owns this API token has no working relationship with this person."
          + " Break-glass access is only available in the web pages.";

  private final UUID personId;

  public NoWorkingRelationshipException(UUID personId) {
    super(HttpStatus.FORBIDDEN, Problems.detail(HttpStatus.FORBIDDEN, TYPE, DETAIL), null);
    this.personId = personId;
  }

  @Override
  public String getMessage() {
    return "No working relationship with person " + personId;
  }

  public UUID personId() {
    return personId;
  }

  /** The problem as written outside a controller, for a request to this address. */
  static java.util.Map<String, Object> problem(String instance) {
    return Problems.of(TYPE, HttpStatus.FORBIDDEN, DETAIL, instance);
  }
}
