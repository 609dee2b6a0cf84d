package org.strengths.network;

import java.util.UUID;

/**
 * One relationship as the ecomap, snapshots and summaries see it.
 *
 * @param id stable across saves, so the drawing and comparisons follow the same relationship
 * @param label the name or description shown (third-party data kept to a minimum)
 * @param givesCare whether this person or organisation gives the person care
 */
public record Tie(
    UUID id,
    String label,
    TieKind kind,
    TieStrength strength,
    boolean stressful,
    SupportDirection direction,
    boolean givesCare) {}
