package org.strengths.carer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Words;

/** Words for carers' pages, from the carer message bundle; dates as {@link Display} writes them. */
@Component
class CarerText extends Words {

  CarerText(MessageSource messages, Display display) {
    super(messages, display);
  }

  /** Text as typed, one entry per line, for showing line breaks without markup; none for null. */
  public List<String> lines(String value) {
    return value == null ? List.of() : List.of(value.split("\n", -1));
  }

  Map<String, String> resolve(Map<String, CarerRules.Problem> problems) {
    Map<String, String> resolved = new LinkedHashMap<>();
    problems.forEach((field, problem) -> resolved.put(field, resolve(problem)));
    return resolved;
  }

  String resolve(CarerRules.Problem problem) {
    return problem.nameKey() == null
        ? get(problem.key())
        : get(
            problem.key(),
            get(problem.nameKey()),
            String.format(Locale.UK, "%,d", problem.number()));
  }

  /** One line of a suggestion's explanation, with the outcomes it names in plain words. */
  public String reason(CarerEligibilityRule.Reason reason) {
    if (reason.outcomes().isEmpty()) {
      return get(reason.key());
    }
    return get(reason.key(), outcomes(reason.outcomes()));
  }

  String outcomes(List<CarerOutcome> outcomes) {
    List<String> names =
        outcomes.stream().map(o -> get(o.labelKey()).toLowerCase(Locale.UK)).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return names.subList(0, names.size() - 1).stream().collect(Collectors.joining("; "))
        + " "
        + get("carer.and")
        + " "
        + names.get(names.size() - 1);
  }
}
