package org.strengths.person;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Words;

/** Words for the person module, from its message bundle; dates as {@link Display} writes them. */
@Component
class PersonText extends Words {

  PersonText(MessageSource messages, Display display) {
    super(messages, display);
  }
}
