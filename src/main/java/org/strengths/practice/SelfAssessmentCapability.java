package org.strengths.practice;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The heatmap's first source: each worker's ratings in their latest self-assessment. */
@Component
@Order(0)
class SelfAssessmentCapability implements CapabilitySource {

  private final SelfAssessmentStore store;

  SelfAssessmentCapability(SelfAssessmentStore store) {
    this.store = store;
  }

  @Override
  public String key() {
    return "self-assessment";
  }

  @Override
  public String nameKey() {
    return "development.capability.source.self-assessment";
  }

  @Override
  public String shortKey() {
    return "development.capability.short.self-assessment";
  }

  @Override
  public Map<UUID, Map<UUID, CapabilityLevel>> levels(Collection<UUID> workerIds) {
    Map<UUID, Map<UUID, CapabilityLevel>> levels = new HashMap<>();
    store
        .latest(workerIds)
        .forEach(
            (worker, latest) -> {
              Map<UUID, CapabilityLevel> byStatement = new HashMap<>();
              latest
                  .ratings()
                  .forEach(
                      (statement, rating) ->
                          byStatement.put(statement, CapabilityLevel.of(rating)));
              levels.put(worker, byStatement);
            });
    return levels;
  }
}
