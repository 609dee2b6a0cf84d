package org.strengths.platform;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * Every module's message bundle ({@code spring.messages.basename}) read into one table per
 * language, so that each of the hundreds of messages a page shows is one look-up. Spring Boot's
 * default looks a message up bundle by bundle, through more than thirty of them; under load that
 * took about 7 % of the application's processor time (docs/adr/0180). The bundle named first still
 * wins where two define the same message.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

  @Bean
  MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
    ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
    // read once and kept: with no reloading, look-ups go to the one merged table
    source.setCacheMillis(-1);
    source.setBasenames(
        Arrays.stream(basenames).map(name -> "classpath:" + name.strip()).toArray(String[]::new));
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
