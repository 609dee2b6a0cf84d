package org.strengths.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words for carers' pages, from the carer message bundle, in British English. */
@Component
class CarerText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  private final MessageSource messages;
  private final java.time.Clock clock;

  CarerText(MessageSource messages, java.time.Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  String get(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }

  /** A date as GOV.UK writes it, e.g. "4 June 2025"; blank for none. */
  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** A moment in UK local time, e.g. "4 June 2025 at 2:05pm". */
  public String moment(Instant instant) {
    return instant == null
        ? ""
        : MOMENT.format(instant.atZone(clock.getZone())).replace("AM", "am").replace("PM", "pm");
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
