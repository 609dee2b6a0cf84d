package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonSearchControllerTest {

  @Test
  void showsTheFirstLastAndNeighbouringPagesWithGapsBetween() {
    var pagination = PersonSearchController.pagination("smith", results(200, 5));

    assertThat(pagination.pages())
        .extracting(PersonSearchController.PageLink::number)
        .containsExactly(1, 0, 4, 5, 6, 0, 10);
    assertThat(pagination.previous()).isEqualTo("/people?q=smith&page=4");
    assertThat(pagination.next()).isEqualTo("/people?q=smith&page=6");
  }

  @Test
  void offersNoPreviousPageOnTheFirstNorNextOnTheLast() {
    assertThat(PersonSearchController.pagination("smith", results(40, 1)).previous()).isNull();
    assertThat(PersonSearchController.pagination("smith", results(40, 2)).next()).isNull();
  }

  @Test
  void keepsWhatWasTypedInPageLinksSafely() {
    var pagination = PersonSearchController.pagination("o'brien & co +1", results(40, 1));

    assertThat(pagination.next()).isEqualTo("/people?q=o%27brien+%26+co+%2B1&page=2");
  }

  @Test
  void readsOddPageNumbersAsTheFirstPage() {
    assertThat(PersonSearchController.pageNumber(null)).isEqualTo(1);
    assertThat(PersonSearchController.pageNumber("-2")).isEqualTo(1);
    assertThat(PersonSearchController.pageNumber("0")).isEqualTo(1);
    assertThat(PersonSearchController.pageNumber("abc")).isEqualTo(1);
    assertThat(PersonSearchController.pageNumber("99999999999")).isEqualTo(1);
    assertThat(PersonSearchController.pageNumber("3")).isEqualTo(3);
  }

  private static PersonSearch.Results results(long total, int page) {
    return new PersonSearch.Results(SearchQuery.parse("smith"), List.of(), total, page);
  }
}
