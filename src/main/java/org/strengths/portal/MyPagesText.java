package org.strengths.portal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Words;

/** Words for the invitation, sign-in and outbox pages, from the portal-my message bundle. */
@Component
class MyPagesText extends Words {

  MyPagesText(MessageSource messages, Display display) {
    super(messages, display);
  }
}
