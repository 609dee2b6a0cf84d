package org.strengths.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The Care Act statutory guidance para 6.64 check on care from family, friends or others in the
 * person's network: that care may be relied on in a plan only if they are willing and able to give
 * it, the impact on them has been considered, and the person agrees. Anything short of four clear
 * answers means the plan must not count on it. The one implementation of the check: the ecomap
 * applies it to each member who gives care, the support plan to each line of help from the network.
 *
 * @param givesCare whether this member gives the person care at all; if not, no check is needed
 * @param impactOnThem what giving care means for them, as recorded; blank means not considered
 */
public record CarerCheck(
    boolean givesCare, Answer willing, Answer able, String impactOnThem, Answer personAgrees) {

  /** The four parts of the check, in the order the guidance gives them. */
  public enum Part {
    WILLING,
    ABLE,
    IMPACT_CONSIDERED,
    PERSON_AGREES
  }

  /** Where the check stands, as pages and plans show it. */
  public enum Status {
    NOT_NEEDED,
    MAY_BE_RELIED_ON,
    NOT_YET_CHECKED,
    MUST_NOT_BE_RELIED_ON
  }

  /** The check on one piece of help from someone in the network (a line of a support plan). */
  public static CarerCheck forHelp(
      Answer willing, Answer able, String impactOnThem, Answer personAgrees) {
    return new CarerCheck(true, willing, able, impactOnThem, personAgrees);
  }

  public CarerCheck {
    willing = willing == null ? Answer.NOT_ASKED : willing;
    able = able == null ? Answer.NOT_ASKED : able;
    personAgrees = personAgrees == null ? Answer.NOT_ASKED : personAgrees;
  }

  /** True only for care given where all four parts of the check are met. */
  public boolean mayBeReliedOn() {
    return givesCare && missing().isEmpty();
  }

  /** The parts not met (a "no", not asked yet, or impact not written down), in guidance order. */
  public List<Part> missing() {
    List<Part> missing = new ArrayList<>();
    if (!givesCare) {
      return missing;
    }
    if (willing != Answer.YES) {
      missing.add(Part.WILLING);
    }
    if (able != Answer.YES) {
      missing.add(Part.ABLE);
    }
    if (impactOnThem == null || impactOnThem.isBlank()) {
      missing.add(Part.IMPACT_CONSIDERED);
    }
    if (personAgrees != Answer.YES) {
      missing.add(Part.PERSON_AGREES);
    }
    return List.copyOf(missing);
  }

  /** A clear "no" to willing, able or agreeing: asking again will not make it reliable. */
  public boolean refused() {
    return givesCare && (willing == Answer.NO || able == Answer.NO || personAgrees == Answer.NO);
  }

  public Status status() {
    if (!givesCare) {
      return Status.NOT_NEEDED;
    }
    if (refused()) {
      return Status.MUST_NOT_BE_RELIED_ON;
    }
    return mayBeReliedOn() ? Status.MAY_BE_RELIED_ON : Status.NOT_YET_CHECKED;
  }
}
