package org.strengths.network;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such person, or no such current relationship in their network: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NetworkNotFoundException extends RuntimeException {

  NetworkNotFoundException() {
    super("No such person or relationship");
  }
}
