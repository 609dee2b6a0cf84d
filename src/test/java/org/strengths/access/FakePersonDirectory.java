package org.strengths.access;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** People the access tests make up: the person module is not needed to test access. */
class FakePersonDirectory implements PersonDirectory {

  private final Map<UUID, PersonAllocation> allocations = new ConcurrentHashMap<>();
  private final Map<UUID, String> names = new ConcurrentHashMap<>();

  /** Adds a person allocated to {@code teamId} (and {@code workerId}, if not null). */
  UUID add(String name, UUID teamId, UUID workerId) {
    UUID id = UUID.randomUUID();
    allocations.put(id, new PersonAllocation(id, teamId, workerId));
    names.put(id, name);
    return id;
  }

  @Override
  public Optional<PersonAllocation> allocationOf(UUID personId) {
    return Optional.ofNullable(allocations.get(personId));
  }

  @Override
  public Optional<String> displayName(UUID personId) {
    return Optional.ofNullable(names.get(personId));
  }
}
