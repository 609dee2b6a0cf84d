package org.strengths.network;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.platform.BulkCopy;

/**
 * The network module's bulk loader for a generated council ({@link Networks#addGenerated}): current
 * relationships copied into {@code network_member} with COPY, without snapshots, audit or
 * chronology (a fictional history, not anyone's work).
 */
@Component
class GeneratedNetworks {

  private final BulkCopy bulk;

  GeneratedNetworks(BulkCopy bulk) {
    this.bulk = bulk;
  }

  long add(List<Networks.GeneratedTie> ties) {
    BulkCopy.Rows rows =
        bulk.into(
            "network_member",
            "id",
            "person_id",
            "kind",
            "label",
            "specific_tie",
            "strength",
            "stressful",
            "direction",
            "contact_frequency",
            "gives_care",
            "third_party",
            "created_at",
            "created_by",
            "created_by_name",
            "updated_at",
            "updated_by",
            "updated_by_name");
    int index = 0;
    for (Networks.GeneratedTie tie : ties) {
      UUID id =
          UUID.nameUUIDFromBytes(
              ("strengths-generated-tie-" + tie.personId() + "-" + index++)
                  .getBytes(StandardCharsets.UTF_8));
      var at = tie.addedAt().atOffset(ZoneOffset.UTC);
      rows.row(
          id,
          tie.personId(),
          tie.kind().name(),
          tie.label(),
          tie.specificTie(),
          tie.strength().name(),
          tie.stressful(),
          tie.direction().name(),
          tie.contactFrequency() == null ? null : tie.contactFrequency().name(),
          tie.givesCare(),
          tie.kind() != TieKind.PLACE && tie.kind() != TieKind.PET,
          at,
          tie.byUsername(),
          tie.byName(),
          at,
          tie.byUsername(),
          tie.byName());
    }
    return rows.finish();
  }
}
