package org.strengths.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a person's current plan shows about practice, for a case-file audit and for practice quality
 * measures: which strengths its outcomes build on, who gives each line of help, the para 6.64 check
 * on help from the network, and whether each part of s.25 is there. Counts and flags only: none of
 * the plan's text.
 *
 * @param agreedOn null while the plan is a draft
 * @param outcomeStrengthIds the conversation strengths (by their stable ids) that outcomes build on
 * @param lines every line of "who does what"
 * @param s25Parts each part of s.25 the plan must have, in the order of the Act
 */
public record PlanEvidence(
    UUID planId,
    LocalDate startedOn,
    LocalDate agreedOn,
    int outcomes,
    List<UUID> outcomeStrengthIds,
    List<Line> lines,
    List<S25Part> s25Parts) {

  public PlanEvidence {
    outcomeStrengthIds = List.copyOf(outcomeStrengthIds);
    lines = List.copyOf(lines);
    s25Parts = List.copyOf(s25Parts);
  }

  /** Who gives a line of help. */
  public enum Giver {
    PERSON,
    NETWORK,
    COMMUNITY,
    UNIVERSAL,
    EQUIPMENT,
    PAID
  }

  /**
   * One line of help.
   *
   * @param networkMemberId the relationship giving it, for help from the network
   * @param checked for help from the network: all four para 6.64 answers are there; true otherwise
   */
  public record Line(Giver giver, UUID networkMemberId, boolean checked) {}

  /**
   * One part of s.25.
   *
   * @param code {@code 25(1)(a)} … {@code 25(1)(f)}, {@code 25(2)} (only where direct payments are
   *     used) and {@code 25(3)}
   */
  public record S25Part(String code, boolean present) {}

  public long linesGivenBy(Giver giver) {
    return lines.stream().filter(line -> line.giver() == giver).count();
  }
}
