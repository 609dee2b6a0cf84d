package org.strengths.person;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No person has that id (or the id is not one at all): the visitor gets the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PersonNotFoundException extends RuntimeException {

  PersonNotFoundException() {
    super("No such person");
  }
}
