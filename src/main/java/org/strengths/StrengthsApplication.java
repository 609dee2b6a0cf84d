package org.strengths;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StrengthsApplication {

  public static void main(String[] args) {
    SpringApplication.run(StrengthsApplication.class, args);
  }
}
