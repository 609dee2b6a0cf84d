package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutAdviceTest {

  @Test
  void marksTheHomeLinkActiveOnlyOnTheHomePage() {
    assertThat(LayoutAdvice.isWithin("/", "/")).isTrue();
    assertThat(LayoutAdvice.isWithin("/people", "/")).isFalse();
    assertThat(LayoutAdvice.isWithin("/reviews", "/")).isFalse();
  }

  @Test
  void marksALinkActiveOnItsPageAndThePagesBelowItButNotOnASimilarName() {
    assertThat(LayoutAdvice.isWithin("/people", "/people")).isTrue();
    assertThat(LayoutAdvice.isWithin("/people/1234/plan", "/people")).isTrue();
    assertThat(LayoutAdvice.isWithin("/peoples", "/people")).isFalse();
  }
}
