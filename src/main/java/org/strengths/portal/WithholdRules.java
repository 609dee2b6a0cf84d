package org.strengths.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a practitioner may withhold: only an item the person sees now and that is not withheld
 * already, always with one of the reasons the law allows, and a note no longer than the limit.
 * Everything not withheld stays on the person's pages.
 */
final class WithholdRules {

  static final int NOTE_LIMIT = 1000;

  private WithholdRules() {}

  /** The withholding as typed: the item's key, the reason's name and an optional note. */
  record Typed(String item, String reason, String note) {}

  /** A withholding that may be recorded. */
  record Withholding(ShownItem item, WithholdReason reason, String note) {}

  /** The outcome: the withholding, or the problems by field (message keys). */
  record Checked(Optional<Withholding> withholding, Map<String, String> problems) {}

  static Checked check(Typed typed, List<ShownItem> shown, Set<String> alreadyWithheld) {
    Map<String, String> problems = new LinkedHashMap<>();
    Optional<ShownItem> item =
        shown.stream().filter(candidate -> candidate.key().equals(typed.item())).findFirst();
    if (typed.item() == null || typed.item().isBlank()) {
      problems.put("item", "withheld.item.missing");
    } else if (alreadyWithheld.contains(typed.item())) {
      problems.put("item", "withheld.item.already");
    } else if (item.isEmpty()) {
      problems.put("item", "withheld.item.unknown");
    }
    Optional<WithholdReason> reason = WithholdReason.parse(typed.reason());
    if (reason.isEmpty()) {
      problems.put("reason", "withheld.reason.missing");
    }
    String note = typed.note() == null || typed.note().isBlank() ? null : typed.note().strip();
    if (note != null && note.length() > NOTE_LIMIT) {
      problems.put("note", "withheld.note.tooLong");
    }
    if (!problems.isEmpty()) {
      return new Checked(Optional.empty(), problems);
    }
    return new Checked(Optional.of(new Withholding(item.get(), reason.get(), note)), Map.of());
  }

  /**
   * Whether a connection is one the person is connected to now: sent and not turned down, taken up,
   * or information given and not yet known to have ended.
   */
  static boolean activeConnection(String status) {
    return switch (status) {
      case "INFORMATION_GIVEN", "SENT", "ACCEPTED", "ATTENDED", "ONGOING" -> true;
      default -> false;
    };
  }
}
