package org.strengths.practice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.strengths.platform.web.Ids;

/**
 * The case-file audit's rules in plain Java: what a set-up, a set of scores, feedback and a
 * template need, and where a moderator's scores differ from the auditor's. Problems are message
 * keys.
 */
final class AuditRules {

  static final int MAX_NARRATIVE = 2000;
  static final int MAX_FEEDBACK = 5000;
  static final int MAX_QUESTION = 300;
  static final int MAX_NAME = 100;
  static final int MAX_SAMPLE = 20;

  /** A score this low needs its narrative: why, so the worker can act on it. */
  static final int LOW = 2;

  private AuditRules() {}

  /** A set-up that passed the checks. */
  record Setup(
      UUID templateId,
      UUID teamId,
      LocalDate month,
      AuditStore.Sampling sampling,
      UUID workerId,
      AuditSituation situation,
      String situationDetail,
      int size,
      Long seed,
      UUID auditorId,
      UUID moderatorId) {}

  /**
   * Checks a set-up; problems by field, in form order. A blank seed is left for the caller to draw
   * (and record).
   */
  static Map<String, String> check(AuditForms.Setup form, LocalDate today, List<Setup> into) {
    Map<String, String> problems = new LinkedHashMap<>();
    UUID template = Ids.orNull(form.getTemplate());
    if (template == null) {
      problems.put("template", "audit.error.template");
    }
    UUID team = Ids.orNull(form.getTeam());
    if (team == null) {
      problems.put("team", "audit.error.team");
    }
    LocalDate month = null;
    try {
      month = form.getMonth() == null ? null : YearMonth.parse(form.getMonth().strip()).atDay(1);
    } catch (DateTimeParseException e) {
      month = null;
    }
    if (month == null) {
      problems.put("month", "audit.error.month");
    } else if (month.isAfter(today)) {
      problems.put("month", "audit.error.monthFuture");
    }
    AuditStore.Sampling sampling = sampling(form.getSampling());
    if (sampling == null) {
      problems.put("sampling", "audit.error.sampling");
    }
    UUID worker = Ids.orNull(form.getWorker());
    if (sampling == AuditStore.Sampling.WORKER && worker == null) {
      problems.put("worker", "audit.error.worker");
    }
    AuditSituation situation = AuditSituation.typed(form.getSituation());
    String reason = blankToNull(form.getReason());
    if (sampling == AuditStore.Sampling.SITUATION) {
      if (situation == null) {
        problems.put("situation", "audit.error.situation");
      } else if (situation == AuditSituation.PRIMARY_SUPPORT_REASON && reason == null) {
        problems.put("reason", "audit.error.reason");
      }
    }
    boolean drawn =
        sampling == AuditStore.Sampling.RANDOM || sampling == AuditStore.Sampling.SITUATION;
    Integer size = number(form.getSize());
    if (size == null || size < 1 || size > MAX_SAMPLE) {
      problems.put("size", "audit.error.size");
    }
    Long seed = null;
    if (drawn && form.getSeed() != null && !form.getSeed().isBlank()) {
      try {
        seed = Long.parseLong(form.getSeed().strip());
      } catch (NumberFormatException e) {
        problems.put("seed", "audit.error.seed");
      }
    }
    UUID auditor = Ids.orNull(form.getAuditor());
    if (auditor == null) {
      problems.put("auditor", "audit.error.auditor");
    }
    UUID moderator = Ids.orNull(form.getModerator());
    if (moderator == null) {
      problems.put("moderator", "audit.error.moderator");
    } else if (moderator.equals(auditor)) {
      problems.put("moderator", "audit.error.moderatorSame");
    }
    if (problems.isEmpty()) {
      into.add(
          new Setup(
              template,
              team,
              month,
              sampling,
              sampling == AuditStore.Sampling.WORKER ? worker : null,
              sampling == AuditStore.Sampling.SITUATION ? situation : null,
              sampling == AuditStore.Sampling.SITUATION
                      && situation == AuditSituation.PRIMARY_SUPPORT_REASON
                  ? reason
                  : null,
              size,
              seed,
              auditor,
              moderator));
    }
    return problems;
  }

  /**
   * Checks scores for every question: each needs a score from 1 to 4, and a low score (1 or 2) its
   * narrative. Problems by field ({@code score-3}, {@code narrative-3}).
   */
  static Map<String, String> check(
      AuditForms.Scores form, List<AuditStore.Question> questions, List<AuditStore.Score> into) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (AuditStore.Question question : questions) {
      String key = String.valueOf(question.position());
      Integer score = number(form.getScore().get(key));
      String narrative = blankToNull(form.getNarrative().get(key));
      if (score == null || score < 1 || score > 4) {
        problems.put("score-" + key, "audit.error.score");
      } else if (score <= LOW && narrative == null) {
        problems.put("narrative-" + key, "audit.error.narrativeLow");
      }
      if (narrative != null && narrative.length() > MAX_NARRATIVE) {
        problems.put("narrative-" + key, "audit.error.narrativeLong");
      }
      if (!problems.containsKey("score-" + key) && !problems.containsKey("narrative-" + key)) {
        into.add(
            new AuditStore.Score(question.position(), AuditStore.ByRole.AUDITOR, score, narrative));
      }
    }
    String feedback = blankToNull(form.getFeedback());
    if (feedback != null && feedback.length() > MAX_FEEDBACK) {
      problems.put("feedback", "audit.error.feedbackLong");
    }
    return problems;
  }

  /** Checks a worker's response: it must say something, within the limit. */
  static Optional<String> checkResponse(String response) {
    String typed = blankToNull(response);
    if (typed == null) {
      return Optional.of("audit.error.response");
    }
    return typed.length() > MAX_FEEDBACK
        ? Optional.of("audit.error.responseLong")
        : Optional.empty();
  }

  /** Checks a new template; its questions go {@code into} the list, numbered from 1. */
  static Map<String, String> check(
      AuditForms.NewTemplate form, boolean nameTaken, List<AuditStore.Question> into) {
    Map<String, String> problems = new LinkedHashMap<>();
    String name = blankToNull(form.getName());
    if (name == null) {
      problems.put("name", "audit.error.templateName");
    } else if (name.length() > MAX_NAME) {
      problems.put("name", "audit.error.templateNameLong");
    } else if (hasMarkup(name)) {
      problems.put("name", "audit.error.markup");
    } else if (nameTaken) {
      problems.put("name", "audit.error.templateNameTaken");
    }
    if (form.getDescription() != null && form.getDescription().length() > MAX_FEEDBACK) {
      problems.put("description", "audit.error.descriptionLong");
    } else if (hasMarkup(form.getDescription())) {
      problems.put("description", "audit.error.markup");
    }
    List<AuditStore.Question> questions = new ArrayList<>();
    for (int i = 0; i < form.getQuestion().size(); i++) {
      String question = blankToNull(form.getQuestion().get(i));
      if (question == null) {
        continue;
      }
      if (question.length() > MAX_QUESTION) {
        problems.put("question-" + i, "audit.error.questionLong");
        continue;
      }
      if (hasMarkup(question)) {
        problems.put("question-" + i, "audit.error.markup");
        continue;
      }
      String evidence = i < form.getEvidence().size() ? form.getEvidence().get(i) : null;
      AuditEvidence kind;
      try {
        kind = AuditEvidence.valueOf(evidence == null ? "NONE" : evidence);
      } catch (IllegalArgumentException e) {
        kind = AuditEvidence.NONE;
      }
      questions.add(new AuditStore.Question(questions.size() + 1, question, kind));
    }
    if (questions.isEmpty() && !problems.containsKey("question-0")) {
      problems.put("question-0", "audit.error.questions");
    }
    if (problems.isEmpty()) {
      into.addAll(questions);
    }
    return problems;
  }

  /** Where the moderator scored a question differently from the auditor. */
  record Difference(int position, int auditor, int moderator) {}

  static List<Difference> differences(List<AuditStore.Score> scores) {
    Map<Integer, Integer> auditor = new LinkedHashMap<>();
    Map<Integer, Integer> moderator = new LinkedHashMap<>();
    for (AuditStore.Score score : scores) {
      (score.byRole() == AuditStore.ByRole.AUDITOR ? auditor : moderator)
          .put(score.position(), score.score());
    }
    List<Difference> differences = new ArrayList<>();
    auditor.forEach(
        (position, score) -> {
          Integer other = moderator.get(position);
          if (other != null && !other.equals(score)) {
            differences.add(new Difference(position, score, other));
          }
        });
    return differences;
  }

  private static AuditStore.Sampling sampling(String typed) {
    for (AuditStore.Sampling sampling : AuditStore.Sampling.values()) {
      if (sampling.name().equals(typed)) {
        return sampling;
      }
    }
    return null;
  }

  private static Integer number(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static final java.util.regex.Pattern MARKUP =
      java.util.regex.Pattern.compile("<\\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;");

  /**
   * Whether the text holds HTML (a tag, a comment or a character reference): template wording is
   * plain text, shown as typed, so pasted markup is refused rather than shown as code.
   */
  static boolean hasMarkup(String typed) {
    return typed != null && MARKUP.matcher(typed).find();
  }

  static String blankToNull(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }
}
