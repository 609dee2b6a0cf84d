package org.strengths.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * The load test's settings, as system properties (scripts/load-test.sh sets them): where the
 * application is, how many staff for how long, and the database to read people from and check
 * writes in.
 */
final class LoadSettings {

  /** One or more base URLs, comma-separated; each virtual member of staff uses one, in turn. */
  static final String[] BASE_URLS =
      Arrays.stream(System.getProperty("load.baseUrls", "http://localhost:8080").split(","))
          .map(String::trim)
          .toArray(String[]::new);

  static final int USERS = Integer.getInteger("load.users", 100);
  static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.seconds", 300));
  static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampSeconds", 30));

  /** After the ramp, how long staff work before the measured window starts. */
  static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("load.warmUpSeconds", 60));

  static final Duration STORM = Duration.ofSeconds(Long.getLong("load.stormSeconds", 10));

  /** Mean think time between pages, in milliseconds (each pause is 0.5 to 1.5 times it). */
  static final long THINK_MILLIS = Long.getLong("load.thinkMillis", 1000);

  /** One iteration in this many records a conversation through the form. */
  static final int WRITE_EVERY = Integer.getInteger("load.writeEvery", 10);

  static final String PASSWORD = System.getProperty("load.password", "strengths-demo");

  /** The application's database, for the people staff look for and to check writes afterwards. */
  static final String JDBC_URL = System.getProperty("load.jdbcUrl");

  static final String JDBC_USER = System.getProperty("load.jdbcUser", "postgres");
  static final String JDBC_PASSWORD = System.getProperty("load.jdbcPassword", "");

  /** Marks this run's conversations, so the check afterwards counts only them. */
  static final String RUN =
      System.getProperty("load.run", Long.toString(System.currentTimeMillis()));

  private LoadSettings() {}

  static Connection database() throws SQLException {
    if (JDBC_URL == null) {
      throw new IllegalStateException("Set -Dload.jdbcUrl to the application's database");
    }
    return DriverManager.getConnection(JDBC_URL, JDBC_USER, JDBC_PASSWORD);
  }

  /** The generated council's practitioner accounts, in turn: worker001, worker002, … */
  static String username(long user, int practitioners) {
    return String.format(Locale.ROOT, "worker%03d", user % Math.max(1, practitioners) + 1);
  }

  /**
   * A name as a hurried member of staff types it: lower case, with one slip in one of the names
   * (two letters swapped, one left out, one doubled, or a vowel wrong).
   */
  static String misspelt(String first, String last, Random random) {
    boolean inSurname = random.nextInt(3) > 0;
    String slipped = slip(inSurname ? last : first, random);
    String query = inSurname ? first + " " + slipped : slipped + " " + last;
    return query.toLowerCase(Locale.UK);
  }

  private static String slip(String name, Random random) {
    if (name.length() < 4) {
      return name;
    }
    int at = 1 + random.nextInt(name.length() - 2);
    return switch (random.nextInt(4)) {
      case 0 ->
          name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
      case 1 -> name.substring(0, at) + name.substring(at + 1);
      case 2 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
      default -> {
        char c = name.charAt(at);
        char other = "aeiou".indexOf(c) >= 0 ? (c == 'e' ? 'a' : 'e') : c;
        yield name.substring(0, at) + other + name.substring(at + 1);
      }
    };
  }
}
