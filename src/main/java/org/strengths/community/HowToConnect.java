package org.strengths.community;

/** How a person gets to an asset: they can just turn up, or need an introduction or a referral. */
public enum HowToConnect {
  TURN_UP,
  INTRODUCTION,
  REFERRAL
}
