package org.strengths.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The actions still open when a session is held: each is either done or carried again to the next
 * session, and the session must say which for every one of them, so none is silently dropped.
 */
final class CarriedActions {

  static final String DONE = "DONE";
  static final String CARRIED = "CARRIED";

  private CarriedActions() {}

  /**
   * What the session decided.
   *
   * @param done actions closed in this session
   * @param carried actions carried again to the next session
   * @param undecided actions the session said nothing (or nonsense) about
   */
  record Decision(List<UUID> done, List<UUID> carried, List<UUID> undecided) {
    boolean complete() {
      return undecided.isEmpty();
    }
  }

  /** Sorts the open actions by what was chosen for each ({@code DONE} or {@code CARRIED}). */
  static Decision decide(List<UUID> open, Map<String, String> chosen) {
    List<UUID> done = new ArrayList<>();
    List<UUID> carried = new ArrayList<>();
    List<UUID> undecided = new ArrayList<>();
    Map<String, String> choices = chosen == null ? Map.of() : new LinkedHashMap<>(chosen);
    for (UUID action : open) {
      String choice = choices.get(action.toString());
      if (DONE.equals(choice)) {
        done.add(action);
      } else if (CARRIED.equals(choice)) {
        carried.add(action);
      } else {
        undecided.add(action);
      }
    }
    return new Decision(List.copyOf(done), List.copyOf(carried), List.copyOf(undecided));
  }
}
