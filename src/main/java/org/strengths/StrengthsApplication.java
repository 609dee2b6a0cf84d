package org.strengths;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.strengths.platform.DatabaseBackups;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StrengthsApplication {

  public static void main(String[] args) {
    if (DatabaseBackups.handles(args)) {
      // backup / restore run without starting the application (docs/adr/0050)
      System.exit(DatabaseBackups.command(args));
    }
    SpringApplication application = new SpringApplication(StrengthsApplication.class);
    if (java.util.Arrays.stream(args).anyMatch(arg -> arg.startsWith("--generate-council"))) {
      // a command that stops when done: it needs no fixed web port (and may run beside the
      // application on another data directory)
      application.setDefaultProperties(java.util.Map.of("server.port", "0"));
    }
    application.run(args);
  }
}
