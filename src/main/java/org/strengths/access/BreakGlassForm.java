package org.strengths.access;

/** What someone types to break the glass: why they need to see the record. */
record BreakGlassForm(String reason) {

  BreakGlassForm {
    reason = FormErrors.text(reason);
  }

  FormErrors validate() {
    FormErrors errors = new FormErrors();
    if (reason.isEmpty()) {
      errors.reject("reason", "breakGlass.reason.missing");
    } else if (reason.length() < BreakGlass.MIN_REASON) {
      errors.reject("reason", "breakGlass.reason.tooShort");
    } else if (reason.length() > BreakGlass.MAX_REASON) {
      errors.reject("reason", "breakGlass.reason.tooLong");
    }
    return errors;
  }
}
