package org.strengths.network;

/** An answer to a para 6.64 question, to consent to contact, or to whether change is wanted. */
public enum Answer {
  YES,
  NO,
  NOT_ASKED;

  /** The answer for a stored code; blank or unknown means the question was not asked. */
  static Answer of(String code) {
    if (code == null) {
      return NOT_ASKED;
    }
    for (Answer answer : values()) {
      if (answer.name().equals(code)) {
        return answer;
      }
    }
    return NOT_ASKED;
  }

  /** The answer for a yes/no stored as a nullable boolean: {@code null} means not asked. */
  public static Answer ofYesNo(Boolean yes) {
    if (yes == null) {
      return NOT_ASKED;
    }
    return yes ? YES : NO;
  }

  /** This answer as a nullable boolean: {@code null} when the question was not asked. */
  public Boolean yesNo() {
    return this == NOT_ASKED ? null : this == YES;
  }
}
