package org.strengths;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.strengths.insight.CldCommands;
import org.strengths.platform.DatabaseBackups;
import org.strengths.platform.QuickStart;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StrengthsApplication {

  public static void main(String[] args) {
    if (DatabaseBackups.handles(args)) {
      // backup / restore run without starting the application (docs/adr/0050)
      System.exit(DatabaseBackups.command(args));
    }
    // a mistyped period is reported before the application starts (docs/adr/0090)
    String problem = CldCommands.problem(args);
    if (problem != null) {
      System.err.println(problem);
      System.exit(2);
    }
    SpringApplication application = new SpringApplication(StrengthsApplication.class);
    if (Arrays.stream(args).anyMatch(StrengthsApplication::isCommandThatStops)) {
      // a command that stops when done needs no fixed web port, so it may run beside the
      // application that is serving
      application.setDefaultProperties(Map.of("server.port", "0"));
    }
    QuickStart.applyTo(application);
    application.run(args);
  }

  private static boolean isCommandThatStops(String arg) {
    return arg.startsWith("--generate-council") || CldCommands.isCommand(arg);
  }
}
