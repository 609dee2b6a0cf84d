package org.strengths.person;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The outcome of adding a person: their new id, or the problems with what was typed (field name →
 * message to show, in the order of the form) and nothing saved.
 */
public record CreatedPerson(UUID id, Map<String, String> errors) {

  public CreatedPerson {
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  static CreatedPerson created(UUID id) {
    return new CreatedPerson(id, Map.of());
  }

  static CreatedPerson refused(Map<String, String> errors) {
    return new CreatedPerson(null, errors);
  }

  public boolean isCreated() {
    return id != null;
  }

  public Optional<UUID> personId() {
    return Optional.ofNullable(id);
  }
}
