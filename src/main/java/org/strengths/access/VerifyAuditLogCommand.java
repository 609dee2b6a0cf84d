package org.strengths.access;

import java.io.PrintStream;
import java.net.InetAddress;
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
 * {@code java -jar strengths.jar --verify-audit-log}: checks the audit log's hash chain, prints the
 * outcome and exits with 0 when it is intact or 1 when it is broken, so that a scheduler or an
 * auditor can run it. Runs before anything else that starts with the application (demo seeding).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class VerifyAuditLogCommand implements ApplicationRunner {

  static final String OPTION = "verify-audit-log";

  private final AuditChainVerification verification;
  private final ConfigurableApplicationContext context;

  VerifyAuditLogCommand(
      AuditChainVerification verification, ConfigurableApplicationContext context) {
    this.verification = verification;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.containsOption(OPTION)) {
      return;
    }
    int status = execute(System.out);
    System.exit(SpringApplication.exit(context, () -> status));
  }

  /** Verifies, prints one line and returns the exit status. */
  int execute(PrintStream out) {
    AuditChain.Verification result = verification.verify();
    if (result.intact()) {
      out.printf("Audit log: %d entries checked, chain intact%n", result.checked());
      return 0;
    }
    out.printf(
        "Audit log: chain broken at entry #%d (%d entries checked)%n",
        result.brokenAt(), result.checked());
    return 1;
  }

  /**
   * The check starts the whole application, web server included, on its way to the runner. So that
   * it works beside a running instance (against an external database) and never clashes over the
   * port, the server then listens on a free port of the loopback interface only.
   */
  @Component
  static class OutOfTheWay
      implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private final ApplicationArguments args;

    OutOfTheWay(ApplicationArguments args) {
      this.args = args;
    }

    @Override
    public void customize(ConfigurableWebServerFactory server) {
      if (args.containsOption(OPTION)) {
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
