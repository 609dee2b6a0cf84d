package org.strengths.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.community.AssetSummary;
import org.strengths.community.CommunityAssets;
import org.strengths.network.Answer;
import org.strengths.network.NetworkMemberView;
import org.strengths.network.Networks;

/**
 * Who a support line can come from: the person's recorded relationships and the community assets
 * known to the service. Callers have already checked who may see the person.
 */
@Component
class SupportChoices {

  static final int ASSET_RESULTS = 20;

  /**
   * A relationship offered as a giver of support, with its para 6.64 answers as the plan's form
   * takes them ("yes", "no" or null when not asked).
   */
  record Relationship(
      UUID id,
      String label,
      String specificTie,
      String willing,
      String able,
      String impact,
      String personAgrees) {}

  private final Networks networks;
  private final CommunityAssets assets;

  SupportChoices(Networks networks, CommunityAssets assets) {
    this.networks = networks;
    this.assets = assets;
  }

  List<Relationship> relationships(UUID personId) {
    return networks.members(personId).stream().map(SupportChoices::relationship).toList();
  }

  boolean isInNetwork(UUID personId, UUID memberId) {
    return networks.reference(personId, memberId).isPresent();
  }

  List<AssetSummary> findAssets(String name) {
    return assets.search(name, ASSET_RESULTS);
  }

  Optional<AssetSummary> asset(UUID assetId) {
    return assetId == null ? Optional.empty() : assets.find(assetId);
  }

  /** The assets the lines point to, by id, to name and link them. */
  Map<UUID, AssetSummary> assetsOf(List<SupportLine> lines) {
    Map<UUID, AssetSummary> found = new LinkedHashMap<>();
    lines.stream()
        .map(SupportLine::communityAssetId)
        .filter(Objects::nonNull)
        .distinct()
        .forEach(id -> assets.find(id).ifPresent(asset -> found.put(id, asset)));
    return found;
  }

  private static Relationship relationship(NetworkMemberView member) {
    return new Relationship(
        member.id(),
        member.label(),
        member.specificTie(),
        answer(member.willing()),
        answer(member.able()),
        member.impactOnThem(),
        answer(member.personAgrees()));
  }

  private static String answer(Answer answer) {
    if (answer == null) {
      return null;
    }
    return switch (answer) {
      case YES -> "yes";
      case NO -> "no";
      case NOT_ASKED -> null;
    };
  }
}
