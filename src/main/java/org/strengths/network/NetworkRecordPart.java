package org.strengths.network;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strengths.platform.PersonRecordPart;

/**
 * The network module's part of a person's record: a small still ecomap, the number of relationships
 * and the network in one sentence, from one query of the current relationships.
 */
@Component
class NetworkRecordPart implements PersonRecordPart {

  /**
   * What the summary shows of the network.
   *
   * @param svg a still drawing (no links), or null when there are no relationships
   */
  record Network(NetworkSummary summary, String sentence, String svg) {}

  private final Networks networks;
  private final Ecomaps ecomaps;

  NetworkRecordPart(Networks networks, Ecomaps ecomaps) {
    this.networks = networks;
    this.ecomaps = ecomaps;
  }

  @Override
  public List<Card> cards(Subject person) {
    List<Tie> ties = networks.currentTies(person.id());
    return List.of(
        new Card(
            Order.NETWORK,
            "network/record-card",
            "network",
            new Network(
                ecomaps.summary(ties),
                ecomaps.summarySentence(ties),
                ties.isEmpty()
                    ? null
                    : ecomaps.svg(person.displayName(), ties, null, "summary-ecomap"))));
  }

  @Override
  public List<Entry> navigation() {
    return List.of(new Entry("network-link", "network.recordLink", "network", 40));
  }
}
