package org.strengths.portal;

import java.time.LocalDate;
import java.util.Optional;

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
    return new SupportRequestAnswers(
        value,
        whatMatters,
        goingWell,
        whatWouldHelp,
        firstName,
        lastName,
        dateOfBirth,
        nhsNumber,
        postcode,
        value != null && !SOMEONE_I_KNOW.equals(value) ? null : contactName,
        email,
        phone);
  }

  SupportRequestAnswers withWhatMatters(String value) {
    return new SupportRequestAnswers(
        whoFor,
        value,
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

  SupportRequestAnswers withGoingWell(String value) {
    return new SupportRequestAnswers(
        whoFor,
        whatMatters,
        value,
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

  SupportRequestAnswers withWhatWouldHelp(String value) {
    return new SupportRequestAnswers(
        whoFor,
        whatMatters,
        goingWell,
        value,
        firstName,
        lastName,
        dateOfBirth,
        nhsNumber,
        postcode,
        contactName,
        email,
        phone);
  }

  SupportRequestAnswers withName(String first, String last) {
    return new SupportRequestAnswers(
        whoFor,
        whatMatters,
        goingWell,
        whatWouldHelp,
        first,
        last,
        dateOfBirth,
        nhsNumber,
        postcode,
        contactName,
        email,
        phone);
  }

  SupportRequestAnswers withDateOfBirth(LocalDate value) {
    return new SupportRequestAnswers(
        whoFor,
        whatMatters,
        goingWell,
        whatWouldHelp,
        firstName,
        lastName,
        value,
        nhsNumber,
        postcode,
        contactName,
        email,
        phone);
  }

  SupportRequestAnswers withNhsNumber(String value) {
    return new SupportRequestAnswers(
        whoFor,
        whatMatters,
        goingWell,
        whatWouldHelp,
        firstName,
        lastName,
        dateOfBirth,
        value,
        postcode,
        contactName,
        email,
        phone);
  }

  SupportRequestAnswers withPostcode(String value) {
    return new SupportRequestAnswers(
        whoFor,
        whatMatters,
        goingWell,
        whatWouldHelp,
        firstName,
        lastName,
        dateOfBirth,
        nhsNumber,
        value,
        contactName,
        email,
        phone);
  }

  SupportRequestAnswers withContact(String name, String emailAddress, String phoneNumber) {
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
        name,
        emailAddress,
        phoneNumber);
  }
}
