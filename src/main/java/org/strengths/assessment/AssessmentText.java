package org.strengths.assessment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Words;

/** Words for assessment pages from the message bundle; dates as {@link Display} writes them. */
@Component
class AssessmentText extends Words {

  AssessmentText(MessageSource messages, Display display) {
    super(messages, display);
  }

  /** A message whose arguments may be message keys (field labels) or dates. */
  String resolve(String key, List<Object> args) {
    Object[] resolved =
        args.stream()
            .map(
                arg ->
                    arg instanceof String s && s.startsWith("assessment.")
                        ? get(s)
                        : arg instanceof LocalDate d ? date(d) : arg)
            .toArray();
    return get(key, resolved);
  }
}
