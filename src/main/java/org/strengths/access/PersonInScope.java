package org.strengths.access;

import java.util.UUID;

/**
 * The person named by the {@code {id}} in a {@code /people/{id}/…} address, once the signed-in
 * member of staff is known to have a working relationship with them (or broke the glass). A page
 * handler declares a parameter of this type instead of a {@code @PathVariable UUID id}, and the
 * access check happens before the handler runs: an unknown or malformed id answers 404, no working
 * relationship the break-glass offer (403). The handler still records in the {@link AuditLog} what
 * it shows or changes, because only it knows the section and the action.
 */
public record PersonInScope(UUID id, String displayName, UUID teamId, UUID workerId) {

  /** Who the person is allocated to. */
  public PersonAllocation allocation() {
    return new PersonAllocation(id, teamId, workerId);
  }
}
