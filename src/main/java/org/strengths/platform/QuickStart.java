package org.strengths.platform;

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

/**
 * What makes a start of the application quicker (docs/adr/0178):
 *
 * <ul>
 *   <li>the embedded PostgreSQL started on a thread of its own while Spring builds the context;
 *   <li>when asked for with {@code -Dspring.aot.enabled=true}, the bean definitions the build
 *       worked out ahead of time (Spring AOT), in place of finding and parsing about 550
 *       configuration classes at every start, but only where the configuration is the one they were
 *       worked out for: the embedded database, no profile. Off by default: under load the
 *       application served about a sixth fewer requests with them (ADR 0178).
 * </ul>
 *
 * Only {@code main} applies it, so tests never do. Ask for the ahead-of-time definitions only with
 * the packaged jar: a folder of classes may hold definitions older than its sources.
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
    application.addListeners(new Listener());
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

    private static void environmentPrepared(Environment environment) {
      String whyNot = whyNotAheadOfTime(environment);
      if (Boolean.getBoolean(AOT_PROCESSING)) {
        if (whyNot != null) {
          // the definitions must be the ones whyNotAheadOfTime says they are
          throw new IllegalStateException(
              "Build without a profile or database settings in the environment: " + whyNot);
        }
        return;
      }
      if (whyNot != null && Boolean.getBoolean(AOT_ENABLED)) {
        // read by Spring after this event, when it creates the context
        System.setProperty(AOT_ENABLED, "false");
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
