package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoPeopleGeneratorTest {

  @Test
  void makesTheSamePeopleFromTheSameSeed() {
    var first = new DemoPeopleGenerator(new Random(7));
    var second = new DemoPeopleGenerator(new Random(7));

    IntStream.range(0, 50)
        .forEach(i -> assertThat(first.identity(i)).isEqualTo(second.identity(i)));
  }

  @Test
  void makesOnlyValidNhsNumbersInTheTestingRange() {
    var generator = new DemoPeopleGenerator(new Random(1));
    var taken = new HashSet<String>();

    IntStream.range(0, 1000)
        .mapToObj(i -> generator.nhsNumber(taken))
        .forEach(
            nhs -> {
              assertThat(nhs).startsWith("999");
              assertThat(NhsNumber.parse(nhs)).isPresent();
            });
    assertThat(taken).hasSize(1000);
  }

  @Test
  void makesValidPostcodesInTheTeamsArea() {
    var generator = new DemoPeopleGenerator(new Random(2));

    IntStream.range(0, 200)
        .mapToObj(i -> generator.address(DemoPeopleGenerator.Area.NORTH).postcode())
        .forEach(
            postcode -> {
              assertThat(Postcode.parse(postcode)).isPresent();
              assertThat(postcode.split(" ")[0])
                  .isIn("LS6", "LS7", "LS8", "LS16", "LS17", "LS5", "LS4", "LS18");
            });
  }

  @Test
  void drawsCommonSurnamesAboutAsOftenAsTheyOccur() {
    var names = DemoPeopleNames.population();
    Random random = new Random(3);
    long smiths =
        IntStream.range(0, 100_000)
            .mapToObj(i -> names.surnames.draw(random))
            .filter("Smith"::equals)
            .count();

    // Smith is a little over 1% of people in England.
    assertThat(smiths).isBetween(900L, 1500L);
  }
}
