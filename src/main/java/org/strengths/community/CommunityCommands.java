package org.strengths.community;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Loading commands, run as {@code java -jar strengths.jar --OPTION=FILE}; each prints what it did
 * and exits (0 when everything loaded, 1 otherwise):
 *
 * <ul>
 *   <li>{@code --import-postcodes=ONSPD.csv}: postcode centroids from the ONS Postcode Directory
 *       CSV (the columns {@code pcds}, {@code lat}, {@code long} are found by name);
 *   <li>{@code --import-oruk=FILE_OR_URL}: an Open Referral UK 3.0 feed, as the admin page does.
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CommunityCommands implements ApplicationRunner {

  static final String POSTCODES = "import-postcodes";
  static final String ORUK = "import-oruk";

  private final Postcodes postcodes;
  private final OrukImport oruk;
  private final ConfigurableApplicationContext context;

  CommunityCommands(Postcodes postcodes, OrukImport oruk, ConfigurableApplicationContext context) {
    this.postcodes = postcodes;
    this.oruk = oruk;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    Integer status = null;
    if (args.containsOption(POSTCODES)) {
      status = importPostcodes(args.getOptionValues(POSTCODES).get(0), System.out);
    } else if (args.containsOption(ORUK)) {
      status = importOruk(args.getOptionValues(ORUK).get(0), System.out);
    }
    if (status != null) {
      int exit = status;
      System.exit(SpringApplication.exit(context, () -> exit));
    }
  }

  int importPostcodes(String file, PrintStream out) throws Exception {
    try (BufferedReader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      Postcodes.Loaded loaded = postcodes.load(reader);
      out.printf(
          "Postcodes: %d loaded, %d skipped (no location)%n", loaded.rows(), loaded.skipped());
      return 0;
    } catch (IllegalArgumentException unusable) {
      out.println("Postcodes: " + unusable.getMessage());
      return 1;
    }
  }

  int importOruk(String fileOrUrl, PrintStream out) throws Exception {
    OrukImport.Report report =
        fileOrUrl.startsWith("http://") || fileOrUrl.startsWith("https://")
            ? oruk.importUrl(fileOrUrl, "import")
            : oruk.importText(
                Path.of(fileOrUrl).getFileName().toString(),
                Files.readString(Path.of(fileOrUrl), StandardCharsets.UTF_8),
                "import");
    out.printf(
        "Open Referral import: %d created, %d updated, %d unchanged, %d refused%n",
        report.created(), report.updated(), report.unchanged(), report.failed().size());
    report.failed().forEach(problem -> out.println("  refused: " + problem));
    report.warnings().forEach(problem -> out.println("  note: " + problem));
    return report.failed().isEmpty() ? 0 : 1;
  }

  /** As for the audit check: the command's web server listens on a free loopback port only. */
  @Component
  static class OutOfTheWay
      implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private final ApplicationArguments args;

    OutOfTheWay(ApplicationArguments args) {
      this.args = args;
    }

    @Override
    public void customize(ConfigurableWebServerFactory server) {
      if (args.containsOption(POSTCODES) || args.containsOption(ORUK)) {
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
