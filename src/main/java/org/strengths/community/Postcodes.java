package org.strengths.community;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Postcode centroids for distances. Loaded from the ONS Postcode Directory CSV (columns found by
 * their header names {@code pcds}, {@code lat}, {@code long}); ONS marks postcodes without a
 * location with latitude 99.999999, and those are skipped.
 */
@Service
class Postcodes {

  record Point(double latitude, double longitude) {}

  record Loaded(long rows, long skipped) {}

  private static final int BATCH = 5_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  Postcodes(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** "ls7 3ab" and "LS73AB" are the same postcode. */
  static String key(String postcode) {
    return postcode == null ? "" : postcode.replaceAll("\\s+", "").toUpperCase(Locale.UK);
  }

  Optional<Point> find(String postcode) {
    String key = key(postcode);
    if (key.isEmpty() || key.length() > 8) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT latitude, longitude FROM community_postcode WHERE postcode_key = ?")
        .param(key)
        .query(Point.class)
        .optional();
  }

  /** The outward code ("LS7") of a full postcode, or what was typed if it is only that. */
  static String district(String postcode) {
    String key = key(postcode);
    return key.length() > 4 ? key.substring(0, key.length() - 3) : key;
  }

  /** Loads (or updates) postcodes from an ONSPD-layout CSV. */
  Loaded load(BufferedReader csv) throws IOException {
    String header = csv.readLine();
    if (header == null) {
      throw new IllegalArgumentException("The file is empty.");
    }
    List<String> columns =
        Arrays.stream(header.split(",", -1)).map(c -> unquote(c).toLowerCase(Locale.UK)).toList();
    int pcds = columns.indexOf("pcds");
    int lat = columns.indexOf("lat");
    int lon = columns.indexOf("long");
    if (pcds < 0 || lat < 0 || lon < 0) {
      throw new IllegalArgumentException(
          "The file has no pcds, lat and long columns: is it the ONS Postcode Directory CSV?");
    }
    long rows = 0;
    long skipped = 0;
    List<Object[]> batch = new ArrayList<>();
    for (String line = csv.readLine(); line != null; line = csv.readLine()) {
      String[] cells = line.split(",", -1);
      Object[] row = row(cells, pcds, lat, lon);
      if (row == null) {
        skipped++;
        continue;
      }
      batch.add(row);
      rows++;
      if (batch.size() == BATCH) {
        save(batch);
      }
    }
    save(batch);
    return new Loaded(rows, skipped);
  }

  private static Object[] row(String[] cells, int pcds, int lat, int lon) {
    if (cells.length <= Math.max(pcds, Math.max(lat, lon))) {
      return null;
    }
    try {
      String postcode = unquote(cells[pcds]).strip().toUpperCase(Locale.UK);
      double latitude = Double.parseDouble(unquote(cells[lat]));
      double longitude = Double.parseDouble(unquote(cells[lon]));
      if (postcode.isEmpty() || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
        return null;
      }
      return new Object[] {key(postcode), postcode, latitude, longitude};
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private void save(List<Object[]> batch) {
    if (batch.isEmpty()) {
      return;
    }
    template.batchUpdate(
        """
        INSERT INTO community_postcode (postcode_key, postcode, latitude, longitude)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (postcode_key) DO UPDATE SET postcode = excluded.postcode,
          latitude = excluded.latitude, longitude = excluded.longitude
        """,
        batch);
    batch.clear();
  }

  private static String unquote(String cell) {
    String trimmed = cell.strip();
    return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
        ? trimmed.substring(1, trimmed.length() - 1)
        : trimmed;
  }
}
