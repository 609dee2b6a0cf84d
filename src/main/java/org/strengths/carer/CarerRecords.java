package org.strengths.carer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The carer's assessment's API for other modules (the demo and generated councils). */
@Service
public class CarerRecords {

  private final CarerDemo demo;
  private final CarerAssessments assessments;
  private final GeneratedCarers generated;

  CarerRecords(CarerDemo demo, CarerAssessments assessments, GeneratedCarers generated) {
    this.demo = demo;
    this.assessments = assessments;
    this.generated = generated;
  }

  /**
   * A carer of a generated council, linked with consent to the person they care for, whose carer's
   * assessment (the conversation on {@code conversationOn}) was decided on {@code decidedOn},
   * recorded by the member of staff with username {@code by}.
   */
  public record GeneratedCarer(
      UUID carerId,
      UUID caredForId,
      String relationship,
      LocalDate conversationOn,
      LocalDate decidedOn,
      boolean eligible,
      String by) {}

  /**
   * For a generated council: adds carers' links and decided assessments in bulk, without audit or
   * chronology; how many assessments were added. Each is a CLD event through the one path.
   */
  @Transactional
  public long addGenerated(List<GeneratedCarer> carers) {
    return generated.add(carers);
  }

  /**
   * In demo mode, links four pairs of the people given (carer, cared-for, carer, ...; at least
   * eight) with consent and gives each carer an assessment at a different stage; a fifth pair, when
   * ten are given, is a carer found eligible eight months ago (whose support the demo then plans);
   * nothing if the demo carers exist already.
   *
   * @return whether they were added
   */
  public boolean addDemoCarers(List<UUID> people) {
    return demo.add(people);
  }

  /** How many carer's assessments the person has, as a carer. */
  public int assessmentsOf(UUID carerId) {
    return assessments.of(carerId).size();
  }
}
