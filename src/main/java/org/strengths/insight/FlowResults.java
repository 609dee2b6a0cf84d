package org.strengths.insight;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the flow and cohort pages worked out from the flow read model, kept until the model changes
 * (docs/adr/0176). The model changes only when {@link FlowRefresh} rebuilds it or an analyst sets
 * the go-live date, and both update its one setting row, so a result is kept while that row is the
 * version (its transaction id, {@code xmin}) it was worked out with: one single-row read per view,
 * and every instance sees a change when it commits, whatever the clock says. At most {@value #KEPT}
 * results are kept, the least recently used going first.
 */
@Component
class FlowResults {

  static final int KEPT = 200;

  private final JdbcClient jdbc;
  private final Map<Object, Object> kept =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
          return size() > KEPT;
        }
      };
  private Optional<String> keptVersion = Optional.empty();

  FlowResults(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The result for {@code key} worked out from the read model as it is now: kept, or worked out by
   * {@code work} and kept. The key must name everything the result depends on besides the model.
   */
  @SuppressWarnings("unchecked")
  <T> T keep(Object key, Supplier<T> work) {
    Optional<String> version =
        jdbc.sql("SELECT xmin::text FROM insight_flow_setting WHERE id = 1")
            .query(String.class)
            .optional();
    synchronized (kept) {
      if (!version.equals(keptVersion)) {
        kept.clear();
        keptVersion = version;
      }
      Object known = kept.get(key);
      if (known != null) {
        return (T) known;
      }
    }
    T result = work.get();
    synchronized (kept) {
      // A rebuild that committed while this was worked out has already emptied what is kept.
      if (version.equals(keptVersion)) {
        kept.put(key, result);
      }
    }
    return result;
  }
}
