package org.strengths.insight;

import java.util.List;

/** One CSV line as RFC 4180 writes it: quoted only when a value needs it, CRLF at the end. */
final class CsvLine {

  private CsvLine() {}

  static String of(List<String> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String value = values.get(i);
      if (value == null) {
        continue;
      }
      if (value.indexOf(',') >= 0
          || value.indexOf('"') >= 0
          || value.indexOf('\n') >= 0
          || value.indexOf('\r') >= 0) {
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        line.append(value);
      }
    }
    return line.append("\r\n").toString();
  }
}
