package org.strengths.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * After a run: every conversation the application acknowledged must be in the database, with its
 * CLD event (ADR 0184). Prints the counts and writes them to {@code
 * target/gatling/write-check.txt}, which the script reads.
 */
final class WriteCheck {

  private WriteCheck() {}

  static void report(Set<String> acknowledged) {
    Set<String> found = new HashSet<>();
    Set<String> withEvent = new HashSet<>();
    try (Connection db = LoadSettings.database();
        PreparedStatement statement =
            db.prepareStatement(
                "SELECT c.analysis, EXISTS (SELECT 1 FROM cld_event e"
                    + " WHERE e.reference = 'CONV-' || c.id) FROM conversation c"
                    + " WHERE c.analysis LIKE ?")) {
      statement.setString(1, "load test " + LoadSettings.RUN + " %");
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getString(1));
          if (rows.getBoolean(2)) {
            withEvent.add(rows.getString(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not check the writes in the database", e);
    }
    Set<String> missing = new HashSet<>(acknowledged);
    missing.removeAll(found);
    withEvent.retainAll(acknowledged);
    String line =
        String.format(
            "Conversations recorded and acknowledged: %d; found in the database: %d of them;"
                + " missing: %d (rows with this run's marker: %d); with their CLD event: %d",
            acknowledged.size(),
            acknowledged.size() - missing.size(),
            missing.size(),
            found.size(),
            withEvent.size());
    System.out.println(line);
    try {
      Path file = Path.of("target/gatling/write-check.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, line + System.lineSeparator());
    } catch (IOException e) {
      System.out.println("Could not write target/gatling/write-check.txt: " + e.getMessage());
    }
  }
}
