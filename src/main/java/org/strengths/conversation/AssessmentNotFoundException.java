package org.strengths.conversation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such person, assessment or event at this address: the visitor gets the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AssessmentNotFoundException extends RuntimeException {

  AssessmentNotFoundException() {
    super("Not found");
  }
}
