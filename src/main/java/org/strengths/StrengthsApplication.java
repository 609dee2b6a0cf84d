package org.strengths;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.strengths.insight.CldExportCommand;
import org.strengths.platform.DatabaseBackups;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StrengthsApplication {

  public static void main(String[] args) {
    if (DatabaseBackups.handles(args)) {
      // backup / restore run without starting the application (docs/adr/0050)
      System.exit(DatabaseBackups.command(args));
    }
    if (CldExportCommand.asked(args)) {
      // a mistyped period is reported before the application starts (docs/adr/0090)
      String problem = CldExportCommand.problem(args);
      if (problem != null) {
        System.err.println(problem);
        System.exit(2);
      }
    }
    SpringApplication.run(StrengthsApplication.class, args);
  }
}
