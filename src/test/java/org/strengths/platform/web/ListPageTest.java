package org.strengths.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListPageTest {

  @Test
  void aMissingOrMistypedPageNumberMeansTheFirst() {
    assertThat(ListPage.requested(null)).isEqualTo(1);
    assertThat(ListPage.requested("")).isEqualTo(1);
    assertThat(ListPage.requested("0")).isEqualTo(1);
    assertThat(ListPage.requested("-2")).isEqualTo(1);
    assertThat(ListPage.requested("two")).isEqualTo(1);
    assertThat(ListPage.requested("<script>")).isEqualTo(1);
    assertThat(ListPage.requested("99999999999")).isEqualTo(1);
    assertThat(ListPage.requested(" 3 ")).isEqualTo(3);
  }

  @Test
  void aPageBeyondTheEndShowsTheLast() {
    ListPage last = ListPage.of("9", 60, 25);

    assertThat(last.page()).isEqualTo(3);
    assertThat(last.pages()).isEqualTo(3);
    assertThat(last.offset()).isEqualTo(50);
    assertThat(last.from()).isEqualTo(51);
    assertThat(last.to()).isEqualTo(60);
    assertThat(last.hasPrevious()).isTrue();
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void aMiddlePageHasBothNeighbours() {
    ListPage middle = ListPage.of("2", 60, 25);

    assertThat(middle.offset()).isEqualTo(25);
    assertThat(middle.from()).isEqualTo(26);
    assertThat(middle.to()).isEqualTo(50);
    assertThat(middle.hasPrevious()).isTrue();
    assertThat(middle.hasNext()).isTrue();
  }

  @Test
  void anEmptyListIsOnePageWithNothingOnIt() {
    ListPage empty = ListPage.of("4", 0, 25);

    assertThat(empty.page()).isEqualTo(1);
    assertThat(empty.pages()).isEqualTo(1);
    assertThat(empty.from()).isZero();
    assertThat(empty.to()).isZero();
    assertThat(empty.hasPrevious()).isFalse();
    assertThat(empty.hasNext()).isFalse();
  }

  @Test
  void aPageAlreadyANumberIsKeptWithinTheList() {
    assertThat(ListPage.at(7, 60, 25).page()).isEqualTo(3);
    assertThat(ListPage.at(0, 60, 25).page()).isEqualTo(1);
    assertThat(ListPage.at(2, 60, 25)).isEqualTo(ListPage.of("2", 60, 25));
  }
}
