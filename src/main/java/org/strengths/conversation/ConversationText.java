package org.strengths.conversation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Words;

/** Words for the conversation pages, in British English; dates as {@link Display} writes them. */
@Component
class ConversationText extends Words {

  ConversationText(MessageSource messages, Display display) {
    super(messages, display);
  }
}
