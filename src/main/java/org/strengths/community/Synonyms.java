package org.strengths.community;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The editable synonym list: groups of words that mean the same to someone searching. Groups are
 * kept in memory (they are few) and reloaded on every change; word stems come from PostgreSQL's
 * english stemmer, the one the search index uses, and are cached.
 */
@Service
class Synonyms {

  record Group(UUID id, String words, int version) {
    List<String> members() {
      return Arrays.stream(words.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  private record Loaded(List<Group> groups, String stamp, long checkedAt) {}

  /** How often an instance asks whether another instance sharing the database changed the list. */
  static final long RECHECK_NANOS = 1_000_000_000L;

  private final Map<String, String> stems = new ConcurrentHashMap<>();
  private volatile Loaded groups;

  Synonyms(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The groups, kept in memory; at most once every {@link #RECHECK_NANOS} a stamp of the stored
   * list (one small query) is compared with the one loaded, so a change made on another instance is
   * seen within a second.
   */
  List<Group> all() {
    Loaded loaded = groups;
    long now = System.nanoTime();
    if (loaded != null && now - loaded.checkedAt() < RECHECK_NANOS) {
      return loaded.groups();
    }
    String stamp =
        jdbc.sql(
                "SELECT count(*) || ':' || md5(coalesce(string_agg(id || ':' || version, ','"
                    + " ORDER BY id), '')) FROM community_synonym")
            .query(String.class)
            .single();
    if (loaded == null || !loaded.stamp().equals(stamp)) {
      List<Group> list =
          jdbc.sql("SELECT id, words, version FROM community_synonym ORDER BY words")
              .query(Group.class)
              .list();
      loaded = new Loaded(list, stamp, now);
    } else {
      loaded = new Loaded(loaded.groups(), stamp, now);
    }
    groups = loaded;
    return loaded.groups();
  }

  Optional<Group> find(UUID id) {
    return all().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  SynonymExpansion expansion() {
    return new SynonymExpansion(all().stream().map(Group::members).toList(), this::stem);
  }

  String stem(String word) {
    return stems.computeIfAbsent(
        word,
        w ->
            jdbc.sql("SELECT coalesce((ts_lexize('english_stem', ?))[1], ?)")
                .params(w, w)
                .query(String.class)
                .single());
  }

  void add(String words, String by) {
    jdbc.sql(
            "INSERT INTO community_synonym (id, words, updated_at, updated_by) VALUES (?, ?, ?, ?)")
        .params(UUID.randomUUID(), normalise(words), OffsetDateTime.now(clock), by)
        .update();
    groups = null;
  }

  /** False when someone else changed the group first. */
  boolean change(UUID id, String words, int version, String by) {
    int updated =
        jdbc.sql(
                """
                UPDATE community_synonym SET words = ?, updated_at = ?, updated_by = ?,
                  version = version + 1 WHERE id = ? AND version = ?
                """)
            .params(normalise(words), OffsetDateTime.now(clock), by, id, version)
            .update();
    groups = null;
    return updated == 1;
  }

  void remove(UUID id) {
    jdbc.sql("DELETE FROM community_synonym WHERE id = ?").param(id).update();
    groups = null;
  }

  /** "Walking ,rambling,, hiking" → "walking, rambling, hiking". */
  static String normalise(String words) {
    return String.join(
        ", ",
        Arrays.stream(words.toLowerCase(java.util.Locale.UK).split(","))
            .map(w -> w.strip().replaceAll("\\s+", " "))
            .filter(w -> !w.isEmpty())
            .distinct()
            .toList());
  }
}
