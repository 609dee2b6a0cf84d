package org.strengths.access;

import org.strengths.platform.web.FormErrors;

/** What someone types to break the glass: why they need to see the record. */
record BreakGlassForm(String reason) {

  BreakGlassForm {
    reason = FormErrors.text(reason);
  }

  FormErrors validate(AccessText text) {
    FormErrors errors = new FormErrors();
    if (reason.isEmpty()) {
      errors.add("reason", text.get("breakGlass.reason.missing"));
    } else if (reason.length() < BreakGlass.MIN_REASON) {
      errors.add("reason", text.get("breakGlass.reason.tooShort"));
    } else if (reason.length() > BreakGlass.MAX_REASON) {
      errors.add("reason", text.get("breakGlass.reason.tooLong"));
    }
    return errors;
  }
}
