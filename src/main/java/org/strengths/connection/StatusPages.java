package org.strengths.connection;

import org.springframework.ui.Model;
import org.strengths.platform.web.FormErrors;

/**
 * What the status forms show when a change is refused: the rule's reason, or, when someone else
 * changed the connection first, who and when, with their version beside what the user chose. The
 * user's text stays in the form and the version moves on, so saving again is a deliberate choice.
 */
final class StatusPages {

  private StatusPages() {}

  static FormErrors errors(Connections.Change change, StatusForm form, ConnectionText text) {
    FormErrors errors = ConnectionPages.errors();
    if (change instanceof Connections.Refusal refusal) {
      errors.add(refusal.problem().field(), text.get(refusal.problem()));
    } else if (change instanceof Connections.Conflict conflict) {
      Connection current = conflict.current();
      form.setVersion(String.valueOf(current.version()));
      errors.add(
          "conflict",
          text.get(
              "connection.error.conflict",
              conflict.changedByName(),
              text.moment(current.updatedAt()),
              text.get("connection.status." + current.status())));
    }
    return errors;
  }

  static void addConflict(Connections.Change change, Model model) {
    if (change instanceof Connections.Conflict conflict) {
      model.addAttribute("conflict", conflict.current());
    }
  }
}
