package org.strengths.conversation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such person, carer link or carer's assessment (or not one of this carer's): a 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CarerNotFoundException extends RuntimeException {

  CarerNotFoundException() {
    super("No such carer record");
  }
}
