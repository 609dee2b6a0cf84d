package org.strengths.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads many rows into one of the caller's own tables with PostgreSQL's {@code COPY}, tens of
 * thousands of rows a second, on the connection of the current transaction if there is one. For a
 * module's bulk loaders (the generated council): a module copies only into its own tables.
 */
@Component
public class BulkCopy {

  private static final int ROWS_PER_COPY = 20_000;

  private final DataSource dataSource;

  BulkCopy(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Starts rows for {@code table (columns…)}; {@link Rows#finish()} sends what is left. */
  public Rows into(String table, String... columns) {
    return new Rows("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
  }

  /** Rows on their way into one table, sent in batches. */
  public final class Rows {
    private final String sql;
    private final StringBuilder text = new StringBuilder();
    private int pending;
    private long sent;

    private Rows(String sql) {
      this.sql = sql;
    }

    /** One row, its values in the columns' order: null, booleans, or anything by its text. */
    public Rows row(Object... values) {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        append(values[i]);
      }
      text.append('\n');
      if (++pending >= ROWS_PER_COPY) {
        flush();
      }
      return this;
    }

    /** Sends the rows not sent yet; how many rows were sent in all. */
    public long finish() {
      flush();
      return sent;
    }

    private void append(Object value) {
      if (value == null) {
        text.append("\\N");
        return;
      }
      if (value instanceof Boolean bool) {
        text.append(bool ? 't' : 'f');
        return;
      }
      String string = value.toString();
      for (int i = 0; i < string.length(); i++) {
        char c = string.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
    }

    private void flush() {
      if (pending == 0) {
        return;
      }
      Connection connection = DataSourceUtils.getConnection(dataSource);
      try {
        sent +=
            connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(sql, new StringReader(text.toString()));
      } catch (SQLException e) {
        throw new IllegalStateException("Could not copy rows: " + sql, e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        DataSourceUtils.releaseConnection(connection, dataSource);
      }
      text.setLength(0);
      pending = 0;
    }
  }
}
