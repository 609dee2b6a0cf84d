package org.strengths.conversation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The conversation stages. The codes are fixed (listen-and-connect, crisis, good-life); the labels
 * are local reference data an admin may rename to a local model's words.
 */
@Service
class Stages {

  static final String CRISIS = "crisis";

  /** A stage as shown. */
  record Stage(String code, String label, int sortOrder, boolean crisis, int version) {}

  private final JdbcClient jdbc;

  Stages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Stage> all() {
    return jdbc.sql(
            "SELECT code, label, sort_order, crisis, version FROM conversation_stage"
                + " ORDER BY sort_order")
        .query(Stage.class)
        .list();
  }

  Optional<Stage> find(String code) {
    return all().stream().filter(stage -> stage.code().equals(code)).findFirst();
  }

  /** Renames a stage if it is still at the version the admin saw. */
  boolean rename(String code, int versionSeen, String label, String by) {
    return jdbc.sql(
                """
                UPDATE conversation_stage SET label = :label, updated_at = now(), updated_by = :by,
                  version = version + 1
                WHERE code = :code AND version = :version
                """)
            .param("code", code)
            .param("version", versionSeen)
            .param("label", label)
            .param("by", by)
            .update()
        == 1;
  }
}
