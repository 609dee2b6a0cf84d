package org.strengths.portal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What someone has answered so far in "Ask for support", each answer already checked and tidied by
 * {@link SupportRequestRules}; null where a question is not answered yet (or was left out, for the
 * optional ones).
 *
 * @param whoFor {@code MYSELF}, {@code SOMEONE_I_KNOW} or {@code CARER} (support as a carer)
 * @param nhsNumber ten digits, or null
 * @param postcode in its standard form ("LS6 2AB")
 * @param contactName the name of whoever asks for someone they know (null when they ask for
 *     themselves)
 */
record SupportRequestAnswers(
    String whoFor,
    String whatMatters,
    String goingWell,
    String whatWouldHelp,
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    String nhsNumber,
    String postcode,
    String contactName,
    String email,
    String phone) {

  static final String MYSELF = "MYSELF";
  static final String SOMEONE_I_KNOW = "SOMEONE_I_KNOW";
  static final String CARER = "CARER";

  static SupportRequestAnswers none() {
    return new SupportRequestAnswers(
        null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** Whether whoever asks does so for someone else (so their own name is asked too). */
  boolean forSomeoneElse() {
    return SOMEONE_I_KNOW.equals(whoFor);
  }

  /**
   * The first question still to answer before the request can be sent, if any: the optional
   * questions (what is going well, NHS number) never hold it up.
   */
  Optional<AskForSupportQuestion> firstUnanswered() {
    if (whoFor == null) {
      return Optional.of(AskForSupportQuestion.WHO_FOR);
    }
    if (whatMatters == null) {
      return Optional.of(AskForSupportQuestion.WHAT_MATTERS);
    }
    if (whatWouldHelp == null) {
      return Optional.of(AskForSupportQuestion.WHAT_WOULD_HELP);
    }
    if (firstName == null || lastName == null) {
      return Optional.of(AskForSupportQuestion.NAME);
    }
    if (dateOfBirth == null) {
      return Optional.of(AskForSupportQuestion.DATE_OF_BIRTH);
    }
    if (postcode == null) {
      return Optional.of(AskForSupportQuestion.POSTCODE);
    }
    if ((email == null && phone == null) || (forSomeoneElse() && contactName == null)) {
      return Optional.of(AskForSupportQuestion.CONTACT);
    }
    return Optional.empty();
  }

  /** The first name to greet whoever asked by: their own, or the person's when it is them. */
  String contactFirstName() {
    if (forSomeoneElse() && contactName != null) {
      return contactName.strip().split("\\s+")[0];
    }
    return firstName;
  }

  SupportRequestAnswers withWhoFor(String value) {
    return edit(
        draft -> {
          draft.whoFor = value;
          if (value != null && !SOMEONE_I_KNOW.equals(value)) {
            draft.contactName = null; // only someone asking for another person gives their name
          }
        });
  }

  SupportRequestAnswers withWhatMatters(String value) {
    return edit(draft -> draft.whatMatters = value);
  }

  SupportRequestAnswers withGoingWell(String value) {
    return edit(draft -> draft.goingWell = value);
  }

  SupportRequestAnswers withWhatWouldHelp(String value) {
    return edit(draft -> draft.whatWouldHelp = value);
  }

  SupportRequestAnswers withName(String first, String last) {
    return edit(
        draft -> {
          draft.firstName = first;
          draft.lastName = last;
        });
  }

  SupportRequestAnswers withDateOfBirth(LocalDate value) {
    return edit(draft -> draft.dateOfBirth = value);
  }

  SupportRequestAnswers withNhsNumber(String value) {
    return edit(draft -> draft.nhsNumber = value);
  }

  SupportRequestAnswers withPostcode(String value) {
    return edit(draft -> draft.postcode = value);
  }

  SupportRequestAnswers withContact(String name, String emailAddress, String phoneNumber) {
    return edit(
        draft -> {
          draft.contactName = name;
          draft.email = emailAddress;
          draft.phone = phoneNumber;
        });
  }

  /** A copy with one answer (or a group of answers) changed. */
  private SupportRequestAnswers edit(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.answers();
  }

  /** The answers while one is being changed, so each change names only what it changes. */
  private static final class Draft {
    String whoFor;
    String whatMatters;
    String goingWell;
    String whatWouldHelp;
    String firstName;
    String lastName;
    LocalDate dateOfBirth;
    String nhsNumber;
    String postcode;
    String contactName;
    String email;
    String phone;

    Draft(SupportRequestAnswers answers) {
      whoFor = answers.whoFor;
      whatMatters = answers.whatMatters;
      goingWell = answers.goingWell;
      whatWouldHelp = answers.whatWouldHelp;
      firstName = answers.firstName;
      lastName = answers.lastName;
      dateOfBirth = answers.dateOfBirth;
      nhsNumber = answers.nhsNumber;
      postcode = answers.postcode;
      contactName = answers.contactName;
      email = answers.email;
      phone = answers.phone;
    }

    SupportRequestAnswers answers() {
      return new SupportRequestAnswers(
          whoFor,
          whatMatters,
          goingWell,
          whatWouldHelp,
          firstName,
          lastName,
          dateOfBirth,
          nhsNumber,
          postcode,
          contactName,
          email,
          phone);
    }
  }
}
