package org.strengths.connection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for sharing a person's details with a voluntary organisation, in plain Java (Caldicott
 * principle 3, minimum necessary; NHS England guidance on sharing with the voluntary sector):
 *
 * <ul>
 *   <li>information given shares nothing;
 *   <li>implied consent covers only organisations that provide care; any other organisation needs
 *       the person's explicit consent, recorded with its date and scope;
 *   <li>an introduction or referral names the person, and a referral gives the organisation a way
 *       to contact them;
 *   <li>only what the record holds can be copied, and written notes are shared only when ticked.
 * </ul>
 */
final class SharingRules {

  static final int MAX_SCOPE = 500;
  static final int MAX_WHAT_MATTERS = 1000;
  static final int MAX_ACCESS_NEEDS = 500;
  static final int MAX_MESSAGE = 2000;

  private SharingRules() {}

  /** Every problem with the choice, in the order of the form; empty when it may be sent. */
  static List<Problem> problems(SharingChoice choice, PersonFacts person, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    if (choice.method() == null) {
      problems.add(new Problem("method", "connection.error.method.required"));
    } else if (!choice.method().sharesData()) {
      if (!choice.fields().isEmpty()) {
        problems.add(new Problem("shareName", "connection.error.shared.nothingWithInformation"));
      }
    } else {
      lawfulBasis(choice, today, problems);
      minimumData(choice, person, problems);
    }
    writtenText(choice, problems);
    if (length(choice.message()) > MAX_MESSAGE) {
      problems.add(new Problem("message", "connection.error.message.tooLong", MAX_MESSAGE));
    }
    return problems;
  }

  private static void lawfulBasis(SharingChoice choice, LocalDate today, List<Problem> problems) {
    if (choice.providesCare() == null) {
      problems.add(new Problem("providesCare", "connection.error.providesCare.required"));
    }
    LawfulBasis basis = choice.lawfulBasis();
    if (basis == null || basis == LawfulBasis.NOTHING_SHARED) {
      problems.add(new Problem("lawfulBasis", "connection.error.lawfulBasis.required"));
    } else if (basis == LawfulBasis.IMPLIED_CONSENT
        && Boolean.FALSE.equals(choice.providesCare())) {
      problems.add(new Problem("lawfulBasis", "connection.error.lawfulBasis.explicitNeeded"));
    } else if (basis == LawfulBasis.EXPLICIT_CONSENT) {
      explicitConsent(choice, today, problems);
    }
  }

  private static void explicitConsent(
      SharingChoice choice, LocalDate today, List<Problem> problems) {
    if (choice.consentDateProblem() != null) {
      problems.add(
          new Problem("consentDate", choice.consentDateProblem(), "connection.date.consentDate"));
    } else if (choice.consentDate() == null) {
      problems.add(new Problem("consentDate", "connection.error.consentDate.required"));
    } else if (choice.consentDate().isAfter(today)) {
      problems.add(new Problem("consentDate", "connection.error.consentDate.future"));
    }
    if (choice.consentScope() == null) {
      problems.add(new Problem("consentScope", "connection.error.consentScope.required"));
    } else if (length(choice.consentScope()) > MAX_SCOPE) {
      problems.add(new Problem("consentScope", "connection.error.consentScope.tooLong", MAX_SCOPE));
    }
  }

  private static void minimumData(
      SharingChoice choice, PersonFacts person, List<Problem> problems) {
    if (!choice.fields().contains(SharedField.NAME)) {
      problems.add(new Problem("shareName", "connection.error.shared.name"));
    }
    if (choice.method() == ConnectionMethod.FORMAL_REFERRAL
        && choice.fields().stream().noneMatch(SharedField.CONTACT_ROUTES::contains)) {
      problems.add(new Problem("sharePhone", "connection.error.shared.contactRoute"));
    }
    for (SharedField field : SharedField.values()) {
      if (choice.fields().contains(field)
          && !SharedField.WRITTEN.contains(field)
          && person.valueOf(field) == null) {
        problems.add(new Problem(field.formName(), "connection.error.notOnRecord." + field.name()));
      }
    }
  }

  private static void writtenText(SharingChoice choice, List<Problem> problems) {
    written(choice, SharedField.WHAT_MATTERS, choice.whatMatters(), MAX_WHAT_MATTERS, problems);
    written(choice, SharedField.ACCESS_NEEDS, choice.accessNeeds(), MAX_ACCESS_NEEDS, problems);
  }

  private static void written(
      SharingChoice choice, SharedField field, String text, int max, List<Problem> problems) {
    String prefix = "connection.error." + field.formName();
    boolean ticked = choice.fields().contains(field);
    if (ticked && text == null) {
      problems.add(new Problem(field.formName(), prefix + ".required"));
    } else if (length(text) > max) {
      problems.add(new Problem(field.formName(), prefix + ".tooLong", max));
    } else if (!ticked && text != null && choice.method() != null) {
      // Written for the organisation but not ticked: ask, rather than silently not sending it.
      problems.add(new Problem(field.formName(), prefix + ".notTicked"));
    }
  }

  static int length(String text) {
    return text == null ? 0 : text.codePointCount(0, text.length());
  }
}
