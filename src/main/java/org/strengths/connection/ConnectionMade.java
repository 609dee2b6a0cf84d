package org.strengths.connection;

import java.util.UUID;

/**
 * A practitioner connected a person to a community asset (information given, an introduction or a
 * referral). Published so that, for example, the person's ecomap can show the new link.
 */
public record ConnectionMade(UUID connectionId, UUID personId, UUID assetId, String assetName) {}
