package org.strengths.insight;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar strengths.jar --export-cld=FILE --from=YYYY-MM-DD --to=YYYY-MM-DD}: writes the
 * CLD extract for the period to FILE for a scheduled job, keeps its record as the page does, prints
 * one line and exits: 0 written, 1 failed, 2 the command line was wrong. The dates are checked
 * before the application starts ({@link #problem}), so a typing mistake is reported at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class CldExportCommand implements ApplicationRunner {

  public static final String OPTION = "export-cld";

  static final String USAGE =
      "Usage: java -jar strengths.jar --export-cld=FILE --from=YYYY-MM-DD --to=YYYY-MM-DD";

  private final CldExtracts extracts;
  private final ConfigurableApplicationContext context;

  CldExportCommand(CldExtracts extracts, ConfigurableApplicationContext context) {
    this.extracts = extracts;
    this.context = context;
  }

  /** The period asked for on the command line. */
  record Request(Path file, LocalDate from, LocalDate to) {}

  /** Whether the command line asks for a CLD extract. */
  public static boolean asked(String[] args) {
    return options(args).containsKey(OPTION);
  }

  /**
   * What is wrong with the command line, as one sentence and the usage, or null when it can run.
   */
  public static String problem(String[] args) {
    try {
      request(options(args));
      return null;
    } catch (IllegalArgumentException wrong) {
      return wrong.getMessage() + System.lineSeparator() + USAGE;
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.containsOption(OPTION)) {
      return;
    }
    int status = execute(args.getSourceArgs(), System.out, System.err);
    System.exit(SpringApplication.exit(context, () -> status));
  }

  /** Writes the extract the command line asks for and returns the exit status. */
  int execute(String[] args, PrintStream out, PrintStream err) {
    Request request;
    try {
      request = request(options(args));
    } catch (IllegalArgumentException wrong) {
      err.println(wrong.getMessage());
      err.println(USAGE);
      return 2;
    }
    Path target = request.file().toAbsolutePath();
    try {
      Path directory = target.getParent();
      Files.createDirectories(directory);
      // Written beside the target and moved into place, so a scheduler never picks up half a file.
      Path partial = Files.createTempFile(directory, ".cld-", ".partial");
      try {
        CldExtracts.Extract extract;
        try (OutputStream file = Files.newOutputStream(partial)) {
          extract =
              extracts.write(
                  request.from(),
                  request.to(),
                  file,
                  "command line (" + System.getProperty("user.name", "unknown") + ")");
        }
        Files.move(
            partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.printf(
            "CLD extract: %d events from %s to %s written to %s (SHA-256 %s)%n",
            extract.rows(), request.from(), request.to(), target, extract.sha256());
        return 0;
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException | RuntimeException e) {
      err.println("CLD extract failed: " + e.getMessage());
      return 1;
    }
  }

  static Request request(Map<String, String> options) {
    String file = options.get(OPTION);
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("Give the file to write: --export-cld=FILE");
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
    return new Request(Path.of(file), from, to);
  }

  static LocalDate date(Map<String, String> options, String name) {
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

  /** As for the other commands: the command's web server listens on a free loopback port only. */
  @Component
  static class OutOfTheWay
      implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private final ApplicationArguments args;

    OutOfTheWay(ApplicationArguments args) {
      this.args = args;
    }

    @Override
    public void customize(ConfigurableWebServerFactory server) {
      if (args.containsOption(OPTION) || args.containsOption(CldMeasuresCommand.OPTION)) {
        server.setPort(0);
        server.setAddress(InetAddress.getLoopbackAddress());
      }
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
