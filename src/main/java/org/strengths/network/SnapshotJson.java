package org.strengths.network;

import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The ties of a snapshot as stored in its jsonb column. */
final class SnapshotJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SnapshotJson() {}

  static String write(List<Tie> ties) {
    return JSON.writeValueAsString(ties);
  }

  static List<Tie> read(String json) {
    return List.copyOf(Arrays.asList(JSON.readValue(json, Tie[].class)));
  }
}
