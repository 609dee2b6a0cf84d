package org.strengths.insight;

import java.net.InetAddress;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The insight commands for scheduled jobs, {@code --export-cld} (the CLD extract) and {@code
 * --cld-measures} (the national measures), as the application's start sees them.
 */
public final class CldCommands {

  private static final List<String> OPTIONS =
      List.of(CldExportCommand.OPTION, CldMeasuresCommand.OPTION);

  private CldCommands() {}

  /** Whether this argument asks for one of the commands, which stop when done. */
  public static boolean isCommand(String arg) {
    return OPTIONS.stream().anyMatch(option -> arg.startsWith("--" + option));
  }

  /**
   * What is wrong with the command line of the command asked for, with its usage; null when none is
   * asked for or it can run (docs/adr/0090).
   */
  public static String problem(String[] args) {
    var options = PeriodCommand.options(args);
    if (options.containsKey(CldExportCommand.OPTION)) {
      return PeriodCommand.problem(args, CldExportCommand.OPTION, CldExportCommand.TARGET);
    }
    if (options.containsKey(CldMeasuresCommand.OPTION)) {
      return PeriodCommand.problem(args, CldMeasuresCommand.OPTION, CldMeasuresCommand.TARGET);
    }
    return null;
  }

  /** As for the other commands: a command's web server listens on a free loopback port only. */
  @Component
  static class OutOfTheWay
      implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private final ApplicationArguments args;

    OutOfTheWay(ApplicationArguments args) {
      this.args = args;
    }

    @Override
    public void customize(ConfigurableWebServerFactory server) {
      if (OPTIONS.stream().anyMatch(args::containsOption)) {
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
