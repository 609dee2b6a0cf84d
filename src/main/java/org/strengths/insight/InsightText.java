package org.strengths.insight;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Words;

/** Words for the insight pages from the message bundle. */
@Component
class InsightText extends Words {

  InsightText(MessageSource messages, Display display) {
    super(messages, display);
  }
}
