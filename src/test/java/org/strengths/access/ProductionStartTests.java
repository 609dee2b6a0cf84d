package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.strengths.StrengthsApplication;

class ProductionStartTests {

  @Test
  void refusesToStartWithoutDemoDataWhileAnAccountHasTheDemoPassword() {
    // The first start (demo mode) seeds accounts with the demo password; a start without demo
    // data over the same database must then refuse to run.
    var demo =
        new SpringApplicationBuilder(StrengthsApplication.class)
            .profiles("test")
            .run("--server.port=0");
    demo.close();

    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(StrengthsApplication.class)
                    .profiles("test")
                    .run("--server.port=0", "--strengths.demo=false"))
        .hasStackTraceContaining("still have the demo password");
  }
}
