package org.strengths.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebCodeTest {

  @Test
  void tagsAndCommentsAreWebCode() {
    assertThat(WebCode.in("<script>alert(1)</script>")).isTrue();
    assertThat(WebCode.in("I like < b >bold</b>")).isTrue();
    assertThat(WebCode.in("<!-- hidden -->")).isTrue();
    assertThat(WebCode.in("<img src=x onerror=alert(1)>")).isTrue();
  }

  @Test
  void everydayWordsWithAngleBracketsAreNot() {
    assertThat(WebCode.in("I walk < 2 miles and > 1 mile")).isFalse();
    assertThat(WebCode.in("Me & my sister <3")).isFalse();
    assertThat(WebCode.in(null)).isFalse();
  }
}
