package org.strengths.access;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * People the access tests make up: the person module is not needed to test access. Anyone else (the
 * demo council's people, which the demo loads at start) is looked up in the real directory.
 */
class FakePersonDirectory implements PersonDirectory {

  private final Supplier<Optional<PersonDirectory>> real;

  FakePersonDirectory(Supplier<Optional<PersonDirectory>> real) {
    this.real = real;
  }

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
    PersonAllocation made = allocations.get(personId);
    return made != null
        ? Optional.of(made)
        : real.get().flatMap(directory -> directory.allocationOf(personId));
  }

  @Override
  public Optional<String> displayName(UUID personId) {
    String made = names.get(personId);
    return made != null
        ? Optional.of(made)
        : real.get().flatMap(directory -> directory.displayName(personId));
  }
}
