package org.strengths.connection;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such person or connection, or (for a partner) a connection sent to another organisation: all
 * answer 404 alike, so a partner cannot learn that someone else's connection exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ConnectionNotFoundException extends RuntimeException {

  ConnectionNotFoundException() {
    super("No such connection");
  }
}
