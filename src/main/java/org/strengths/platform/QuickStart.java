package org.strengths.platform;

import java.security.CodeSource;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * What makes a start of the application quicker (docs/adr/0178):
 *
 * <ul>
 *   <li>the embedded PostgreSQL started on a thread of its own while Spring builds the context;
 *   <li>in the packaged jar, the bean definitions the build worked out ahead of time (Spring AOT),
 *       in place of finding and parsing about 550 configuration classes at every start, but only
 *       where the configuration is the one they were worked out for: the embedded database, no
 *       profile. {@code -Dspring.aot.enabled=false} turns them off. Not from a folder of classes
 *       ({@code spring-boot:run}), which may hold definitions older than its sources.
 * </ul>
 *
 * Only {@code main} applies it, so tests never do.
 */
public final class QuickStart {

  static final String AOT_ENABLED = "spring.aot.enabled";

  /** Set while the build works the definitions out (process-aot). */
  private static final String AOT_PROCESSING = "spring.aot.processing";

  /**
   * Properties that change which beans exist, so the ahead-of-time definitions, worked out without
   * them, would not honour them.
   */
  static final List<String> PROPERTIES_THAT_CHOOSE_BEANS =
      List.of("management.server.port", "server.forward-headers-strategy");

  private static final Logger log = LoggerFactory.getLogger(QuickStart.class);

  private QuickStart() {}

  public static void applyTo(SpringApplication application) {
    application.addListeners(new Listener(packaged(application.getMainApplicationClass())));
  }

  /**
   * Whether to use the ahead-of-time definitions: never where they do not fit ({@code whyNot} is
   * the reason), else as asked with {@code -Dspring.aot.enabled}, else when the application runs
   * from its packaged jar with the definitions in it.
   */
  static boolean aheadOfTime(String asked, String whyNot, boolean packaged) {
    if (whyNot != null) {
      return false;
    }
    return asked == null ? packaged : Boolean.parseBoolean(asked);
  }

  /** The main class was loaded from a jar that holds the build's ahead-of-time definitions. */
  private static boolean packaged(Class<?> mainClass) {
    if (mainClass == null) {
      return false;
    }
    CodeSource source = mainClass.getProtectionDomain().getCodeSource();
    return source != null
        && source.getLocation() != null
        && source.getLocation().toString().contains(".jar")
        && ClassUtils.isPresent(
            mainClass.getName() + "__ApplicationContextInitializer", mainClass.getClassLoader());
  }

  /** Why the ahead-of-time definitions do not fit this configuration, or null if they do. */
  static String whyNotAheadOfTime(Environment environment) {
    if (!EmbeddedDatabaseConfiguration.choosesPersistentDatabase(environment)) {
      return "the database is not the embedded one";
    }
    if (environment.getActiveProfiles().length > 0) {
      return "a profile is active";
    }
    return PROPERTIES_THAT_CHOOSE_BEANS.stream()
        .filter(environment::containsProperty)
        .findFirst()
        .map(property -> property + " is set")
        .orElse(null);
  }

  private static final class Listener implements SmartApplicationListener {

    private final boolean packaged;

    Listener(boolean packaged) {
      this.packaged = packaged;
    }

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
      return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
          || ApplicationReadyEvent.class.isAssignableFrom(type)
          || ApplicationFailedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
        environmentPrepared(prepared.getEnvironment());
      } else if (event instanceof ApplicationReadyEvent
          || event instanceof ApplicationFailedEvent) {
        PersistentEmbeddedDatabase.closeUnclaimed();
      }
    }

    private void environmentPrepared(Environment environment) {
      String whyNot = whyNotAheadOfTime(environment);
      if (Boolean.getBoolean(AOT_PROCESSING)) {
        if (whyNot != null) {
          // the definitions must be the ones whyNotAheadOfTime says they are
          throw new IllegalStateException(
              "Build without a profile or database settings in the environment: " + whyNot);
        }
        return;
      }
      String asked = System.getProperty(AOT_ENABLED);
      boolean aheadOfTime = aheadOfTime(asked, whyNot, packaged);
      // read by Spring after this event, when it creates the context
      System.setProperty(AOT_ENABLED, String.valueOf(aheadOfTime));
      if (whyNot != null && aheadOfTime(asked, null, packaged)) {
        log.info("Building the context at start, not ahead of time: {}", whyNot);
      }
      if (EmbeddedDatabaseConfiguration.choosesPersistentDatabase(environment)) {
        // bound as the context will bind it, so that the context's bean opens this very server
        StrengthsProperties properties =
            Binder.get(environment).bindOrCreate("strengths", StrengthsProperties.class);
        PersistentEmbeddedDatabase.startEarly(EmbeddedDatabaseConfiguration.cluster(properties));
      }
    }
  }
}
