package org.strengths.access;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Words;

/** Words for the access pages, from the access message bundle; times as {@link Display} writes. */
@Component
class AccessText extends Words {

  AccessText(MessageSource messages, Display display) {
    super(messages, display);
  }
}
