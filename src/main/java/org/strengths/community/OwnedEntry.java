package org.strengths.community;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A directory entry as its own organisation sees it: what it may change, and when it was last
 * checked.
 *
 * @param needsChecking not checked for six months or more (or never)
 * @param updatedBy who saved it last
 */
public record OwnedEntry(
    UUID id,
    String name,
    OwnerUpdate current,
    int version,
    LocalDate lastVerifiedOn,
    String lastVerifiedBy,
    boolean needsChecking,
    String updatedBy) {}
