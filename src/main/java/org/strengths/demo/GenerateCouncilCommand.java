package org.strengths.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar strengths.jar --generate-council=PEOPLE [--years=N] [--seed=S]}: fills the
 * database with a {@link GeneratedCouncil} of that many fictional people (after the demo council,
 * if demo data is on), then stops the application. Used by the load test ({@code
 * scripts/load-test.sh}) and for trying the product at a council's scale.
 */
@Component
@Order(2)
class GenerateCouncilCommand implements ApplicationRunner {

  static final String OPTION = "generate-council";

  private static final Logger log = LoggerFactory.getLogger(GenerateCouncilCommand.class);

  private final CouncilGenerator generator;
  private final ApplicationContext context;

  GenerateCouncilCommand(CouncilGenerator generator, ApplicationContext context) {
    this.generator = generator;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.containsOption(OPTION)) {
      return;
    }
    GeneratedCouncil council =
        new GeneratedCouncil(
            number(args, OPTION, null), number(args, "years", 2), number(args, "seed", 20261205));
    log.info(
        "Generating a council of {} people over {} years (seed {})",
        council.people(),
        council.years(),
        council.seed());
    generator.generate(council);
    int code = SpringApplication.exit(context, (ExitCodeGenerator) () -> 0);
    System.exit(code);
  }

  private static int number(ApplicationArguments args, String option, Integer otherwise) {
    List<String> values = args.getOptionValues(option);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      if (otherwise == null) {
        throw new IllegalArgumentException("--" + option + "=NUMBER is needed");
      }
      return otherwise;
    }
    try {
      return Integer.parseInt(values.get(0).replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + option + " must be a whole number", e);
    }
  }
}
