package org.strengths.insight;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command for scheduled jobs that writes something for a reporting period: {@code --OPTION=TARGET
 * --from=YYYY-MM-DD --to=YYYY-MM-DD}. Checks the command line, writes, prints what it did and
 * exits: 0 written, 1 failed, 2 the command line was wrong. The checks also run before the
 * application starts ({@link CldCommands#problem}), so a typing mistake is reported at once.
 */
abstract class PeriodCommand implements ApplicationRunner {

  /** The target and period asked for on the command line. */
  record Request(Path target, LocalDate from, LocalDate to) {}

  private final String option;
  private final String target;
  private final ConfigurableApplicationContext context;

  /**
   * @param option the option naming the target, without its dashes
   * @param target what the target is, for messages ("FILE", "DIR")
   */
  PeriodCommand(String option, String target, ConfigurableApplicationContext context) {
    this.option = option;
    this.target = target;
    this.context = context;
  }

  /** Writes what the command makes for the checked request and says so on {@code out}. */
  abstract void write(Request request, PrintStream out) throws IOException;

  /** What a failure is called in the one line printed for it. */
  abstract String failure();

  @Override
  public void run(ApplicationArguments args) {
    if (!args.containsOption(option)) {
      return;
    }
    int status = execute(args.getSourceArgs(), System.out, System.err);
    System.exit(SpringApplication.exit(context, () -> status));
  }

  /** Runs the command the command line asks for and returns the exit status. */
  int execute(String[] args, PrintStream out, PrintStream err) {
    Request request;
    try {
      request = request(options(args), option, target);
    } catch (IllegalArgumentException wrong) {
      err.println(wrong.getMessage());
      err.println(usage(option, target));
      return 2;
    }
    try {
      write(request, out);
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println(failure() + " failed: " + e.getMessage());
      return 1;
    }
  }

  static String usage(String option, String target) {
    return "Usage: java -jar strengths.jar --"
        + option
        + "="
        + target
        + " --from=YYYY-MM-DD --to=YYYY-MM-DD";
  }

  /** What is wrong with the command line, with the usage, or null when it can run. */
  static String problem(String[] args, String option, String target) {
    try {
      request(options(args), option, target);
      return null;
    } catch (IllegalArgumentException wrong) {
      return wrong.getMessage() + System.lineSeparator() + usage(option, target);
    }
  }

  static Request request(Map<String, String> options, String option, String target) {
    String path = options.get(option);
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("Say where to write: --" + option + "=" + target);
    }
    LocalDate from = date(options, "from");
    LocalDate to = date(options, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "--to ("
              + to
              + ") is before --from ("
              + from
              + "): the period must not end before it starts.");
    }
    if (to.isAfter(from.plusYears(1).minusDays(1))) {
      throw new IllegalArgumentException(
          "The period " + from + " to " + to + " is longer than a year.");
    }
    return new Request(Path.of(path), from, to);
  }

  private static LocalDate date(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Give --" + name + "=YYYY-MM-DD.");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--"
              + name
              + "="
              + value
              + " is not a date: write it as YYYY-MM-DD, for example 2026-04-01.");
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--")) {
        int equals = arg.indexOf('=');
        options.put(
            equals < 0 ? arg.substring(2) : arg.substring(2, equals),
            equals < 0 ? "" : arg.substring(equals + 1));
      }
    }
    return options;
  }
}
