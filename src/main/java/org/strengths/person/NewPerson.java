package org.strengths.person;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What someone typed to add a person (or to change their details). Text is taken as typed: {@link
 * People#create} trims it, turns blanks into nothing and checks it, returning problems as data.
 *
 * @param nhsNumber ten digits, spaces and hyphens allowed
 * @param ethnicity a code from the {@code ETHNICITY} reference list
 * @param preferredFormat a {@link PreferredFormat} name, e.g. {@code LARGE_PRINT}
 * @param teamId the team the person is allocated to (required when adding)
 * @param workerId the allocated worker, a member of that team (optional)
 */
public record NewPerson(
    String firstName,
    String lastName,
    String preferredName,
    String pronouns,
    LocalDate dateOfBirth,
    String nhsNumber,
    String addressLine1,
    String addressLine2,
    String town,
    String postcode,
    String phone,
    String email,
    String gender,
    String ethnicity,
    String mainLanguage,
    boolean interpreterNeeded,
    String communicationNeeds,
    String preferredFormat,
    boolean advocateNeeded,
    UUID teamId,
    UUID workerId) {

  /** The same details allocated to another team and worker. */
  NewPerson allocatedTo(UUID team, UUID worker) {
    return new NewPerson(
        firstName,
        lastName,
        preferredName,
        pronouns,
        dateOfBirth,
        nhsNumber,
        addressLine1,
        addressLine2,
        town,
        postcode,
        phone,
        email,
        gender,
        ethnicity,
        mainLanguage,
        interpreterNeeded,
        communicationNeeds,
        preferredFormat,
        advocateNeeded,
        team,
        worker);
  }
}
