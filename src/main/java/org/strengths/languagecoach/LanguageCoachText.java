package org.strengths.languagecoach;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Words;

/** Words for the language coach's pages, in British English. */
@Component
class LanguageCoachText extends Words {

  LanguageCoachText(MessageSource messages, Display display) {
    super(messages, display);
  }
}
