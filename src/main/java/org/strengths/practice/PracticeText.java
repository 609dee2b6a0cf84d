package org.strengths.practice;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Words;

/** Words for the practice pages, from the practice message bundle. */
@Component
class PracticeText extends Words {

  PracticeText(MessageSource messages, Display display) {
    super(messages, display);
  }

  /** A rule's problems as words; arguments that are message keys are looked up first. */
  Map<String, String> resolve(Map<String, SupervisionRules.Problem> problems) {
    Map<String, String> resolved = new LinkedHashMap<>();
    problems.forEach(
        (field, problem) ->
            resolved.put(
                field,
                get(
                    problem.key(),
                    problem.args().stream()
                        .map(
                            arg ->
                                arg instanceof String key && key.startsWith("practice.field.")
                                    ? get(key)
                                    : arg instanceof Integer number
                                        ? String.format(Locale.UK, "%,d", number)
                                        : arg)
                        .toArray())));
    return resolved;
  }
}
