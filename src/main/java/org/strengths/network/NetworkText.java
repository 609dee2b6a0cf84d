package org.strengths.network;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Words;

/** Words for the network module, from its message bundle; dates as {@link Display} writes them. */
@Component
class NetworkText extends Words {

  NetworkText(MessageSource messages, Display display) {
    super(messages, display);
  }
}
