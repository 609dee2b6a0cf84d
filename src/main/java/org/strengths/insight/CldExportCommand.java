package org.strengths.insight;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar strengths.jar --export-cld=FILE --from=YYYY-MM-DD --to=YYYY-MM-DD}: writes the
 * CLD extract for the period to FILE for a scheduled job, keeps its record as the page does and
 * prints one line (exit statuses in {@link PeriodCommand}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class CldExportCommand extends PeriodCommand {

  static final String OPTION = "export-cld";
  static final String TARGET = "FILE";

  private final CldExtracts extracts;

  CldExportCommand(CldExtracts extracts, ConfigurableApplicationContext context) {
    super(OPTION, TARGET, context);
    this.extracts = extracts;
  }

  @Override
  String failure() {
    return "CLD extract";
  }

  @Override
  void write(Request request, PrintStream out) throws IOException {
    Path target = request.target().toAbsolutePath();
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
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
