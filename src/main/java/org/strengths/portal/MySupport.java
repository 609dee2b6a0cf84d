package org.strengths.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.assessment.MyAssessment;
import org.strengths.assessment.NeedsAssessments;
import org.strengths.connection.ConnectionRecords;
import org.strengths.planning.MyPlan;
import org.strengths.planning.SupportPlans;

/**
 * What the person sees of their support on their own pages, read from the modules that own it
 * (planning, assessment, connection) with the items withheld from them left out, and the same items
 * as the practitioner sees them when choosing what to withhold. Every page of the person's that
 * shows an item reads it here, so a withheld item is left out everywhere (docs/adr/0116).
 */
@Component
class MySupport {

  /** One of the person's connections, as they read it. */
  record MyConnection(UUID id, String organisation, String status) {}

  private final SupportPlans plans;
  private final NeedsAssessments assessments;
  private final ConnectionRecords connections;
  private final WithheldItems withheld;
  private final MyPagesText text;

  MySupport(
      SupportPlans plans,
      NeedsAssessments assessments,
      ConnectionRecords connections,
      WithheldItems withheld,
      MyPagesText text) {
    this.plans = plans;
    this.assessments = assessments;
    this.connections = connections;
    this.withheld = withheld;
    this.text = text;
  }

  Set<String> withheldKeys(UUID personId) {
    return withheld.keys(personId);
  }

  /** The agreed plan without its withheld parts. */
  Optional<MyPlan> plan(UUID personId, String name, Set<String> withheldKeys) {
    return plans
        .myAgreedPlan(personId, name)
        .map(plan -> plan.without(ShownItem.under(withheldKeys, "plan/")));
  }

  /** The person's written assessment records, newest first. */
  List<NeedsAssessments.WrittenRecord> writtenRecords(UUID personId) {
    return assessments.writtenRecords(personId);
  }

  /** One of the person's own written records without its withheld answers; empty if not theirs. */
  Optional<MyAssessment> writtenRecord(UUID personId, UUID assessmentId, Set<String> withheldKeys) {
    return assessments
        .writtenRecord(personId, assessmentId)
        .map(
            record ->
                record.without(ShownItem.under(withheldKeys, "assessment/" + assessmentId + "/")));
  }

  /** The person's active connections, without any withheld. */
  List<MyConnection> activeConnections(UUID personId, Set<String> withheldKeys) {
    return connections.forPerson(personId).stream()
        .filter(connection -> WithholdRules.activeConnection(connection.status()))
        .filter(connection -> !withheldKeys.contains(ShownItem.connectionKey(connection.id())))
        .map(c -> new MyConnection(c.id(), c.assetName(), c.status()))
        .toList();
  }

  /** Everything the person would see that may be withheld, withheld or not, in page order. */
  List<ShownItem> items(UUID personId, String name) {
    List<ShownItem> items = new ArrayList<>();
    plans
        .myAgreedPlan(personId, name)
        .ifPresent(
            plan -> {
              for (MyPlan.Part part : plan.parts()) {
                items.add(
                    new ShownItem(
                        ShownItem.planKey(part.slug()),
                        "plan",
                        text.get(part.headingKey()),
                        part.text()));
              }
              if (plan.contingency() != null) {
                items.add(
                    new ShownItem(
                        ShownItem.planKey(MyPlan.CONTINGENCY),
                        "plan",
                        text.get("planning.myPlan.wrong"),
                        plan.contingency()));
              }
            });
    for (NeedsAssessments.WrittenRecord written : assessments.writtenRecords(personId)) {
      assessments
          .writtenRecord(personId, written.id())
          .ifPresent(
              record -> {
                for (MyAssessment.Part part : record.parts()) {
                  items.add(
                      new ShownItem(
                          ShownItem.assessmentKey(record.id(), part.field()),
                          "assessment",
                          text.get(
                              "withheld.item.assessment",
                              text.date(record.assessedOn()),
                              partLabel(part)),
                          part.text()));
                }
              });
    }
    for (ConnectionRecords.Summary connection : connections.forPerson(personId)) {
      if (WithholdRules.activeConnection(connection.status())) {
        items.add(
            new ShownItem(
                ShownItem.connectionKey(connection.id()),
                "connection",
                text.get("withheld.item.connection", connection.assetName()),
                text.get("my.connection.status." + connection.status())));
      }
    }
    return List.copyOf(items);
  }

  /** The heading the person reads above an answer of their written record. */
  String partLabel(MyAssessment.Part part) {
    if (part.area() != null) {
      return text.get(
          part.personsWords() ? "my.assessment.area.words" : "my.assessment.area.found",
          text.get("my.assessment.area." + part.area().name()));
    }
    return text.get("my.assessment.field." + part.field());
  }
}
