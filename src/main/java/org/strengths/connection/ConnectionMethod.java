package org.strengths.connection;

import java.util.Optional;

/** How the person is connected to the asset. */
enum ConnectionMethod {
  /** The person was told about the asset and will get in touch themselves: nothing is shared. */
  INFORMATION_GIVEN,
  /** The practitioner introduces the person to the organisation, sharing a few details. */
  WARM_INTRODUCTION,
  /** A formal referral the organisation accepts or declines. */
  FORMAL_REFERRAL;

  boolean sharesData() {
    return this != INFORMATION_GIVEN;
  }

  static Optional<ConnectionMethod> parse(String text) {
    return Enums.parse(ConnectionMethod.class, text);
  }
}
