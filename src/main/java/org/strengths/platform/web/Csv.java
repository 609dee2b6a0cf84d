package org.strengths.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as every download and export writes it (RFC 4180): fields separated by commas, a field in
 * double quotes only when it holds a comma, quote or line break (quotes doubled), CRLF at the end
 * of each line, null written as an empty field. A field a spreadsheet would take for a formula
 * (starting with =, +, -, @, tab or carriage return) starts with an apostrophe instead, so opening
 * a download never runs anything; a plain number such as {@code -2.5} is left as it is.
 */
public final class Csv {

  /** The content type of a CSV download. */
  public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private Csv() {}

  /** One line, ending with CRLF. */
  public static String line(List<String> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(values.get(i)));
    }
    return line.append("\r\n").toString();
  }

  /** One line, ending with CRLF. */
  public static String line(String... values) {
    return line(Arrays.asList(values));
  }

  /** One field, quoted when it needs to be and defused when a spreadsheet would run it. */
  public static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = value;
    if ("=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !NUMBER.matcher(safe).matches()) {
      safe = "'" + safe;
    }
    if (safe.indexOf(',') >= 0
        || safe.indexOf('"') >= 0
        || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  /**
   * Starts a download: the content type, the file name the browser saves it as, and a UTF-8 writer
   * for the lines (flush it when done).
   */
  public static Writer download(HttpServletResponse response, String fileName) throws IOException {
    response.setContentType(CONTENT_TYPE);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
  }
}
