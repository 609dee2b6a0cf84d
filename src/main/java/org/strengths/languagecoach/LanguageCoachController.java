package org.strengths.languagecoach;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The language coach for the page script: checks one field as it is typed. It reads no personal
 * data and stores nothing, so there is nothing to audit; the same check runs on save.
 */
@RestController
class LanguageCoachController {

  /**
   * The longest note a conversation form takes; nothing longer is worth checking as it is typed.
   */
  private static final int LONGEST_NOTE = 10_000;

  private final LanguageCoach coach;

  LanguageCoachController(LanguageCoach coach) {
    this.coach = coach;
  }

  @PostMapping("/language-coach/check")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  List<LanguageFlag> check(@RequestParam(defaultValue = "") String text) {
    String limited = text.length() > LONGEST_NOTE ? text.substring(0, LONGEST_NOTE) : text;
    return coach.check(limited);
  }
}
