package org.strengths.carer;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The carer's assessment's API for other modules (the demo council). */
@Service
public class CarerRecords {

  private final CarerDemo demo;
  private final CarerAssessments assessments;

  CarerRecords(CarerDemo demo, CarerAssessments assessments) {
    this.demo = demo;
    this.assessments = assessments;
  }

  /**
   * In demo mode, links four pairs of the people given (carer, cared-for, carer, ...; at least
   * eight) with consent and gives each carer an assessment at a different stage; nothing if the
   * demo carers exist already.
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
