package org.strengths.planning;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.strengths.person.DateOfDeathRemoved;
import org.strengths.person.PersonDied;

/**
 * Ends the plan and open services of a person who died once their date of death is committed, in
 * planning's own transaction (ADR 0174), and reopens the plan if the date is removed as an error.
 */
@Component
class PlanningDeathListener {

  private final PlanDeaths deaths;

  PlanningDeathListener(PlanDeaths deaths) {
    this.deaths = deaths;
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(PersonDied died) {
    deaths.died(died.personId(), died.diedOn());
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(DateOfDeathRemoved removed) {
    deaths.deathRemoved(removed.personId());
  }
}
