package org.strengths.person;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.platform.BulkCopy;

/**
 * The person module's bulk loader for a generated council ({@link People#addGeneratedPeople}):
 * fictional people with the name frequencies of a large UK population (so a misspelt name finds
 * several near namesakes, as in a real council), adults skewed older, NHS numbers from the range
 * reserved for testing (999; one in ten not yet known), Leeds postcodes and phone numbers from the
 * ranges kept for drama; a date of death where the generator gives one. Copied in with COPY:
 * 200,000 people take seconds. The same people for the same seed and allocations.
 */
@Component
class GeneratedPeople {

  private static final String[] COLUMNS = {
    "id",
    "first_name",
    "last_name",
    "preferred_name",
    "pronouns",
    "date_of_birth",
    "nhs_number",
    "address_line_1",
    "address_line_2",
    "town",
    "postcode",
    "phone",
    "email",
    "gender",
    "ethnicity",
    "main_language",
    "interpreter_needed",
    "communication_needs",
    "preferred_format",
    "advocate_needed",
    "team_id",
    "worker_id",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "date_of_death"
  };

  /** The youngest age at death of a generated person. */
  private static final int YOUNGEST_AGE_AT_DEATH = 65;

  private final BulkCopy bulk;

  GeneratedPeople(BulkCopy bulk) {
    this.bulk = bulk;
  }

  List<UUID> add(long seed, LocalDate ageReference, List<People.GeneratedAllocation> allocations) {
    Random random = new Random(seed);
    DemoPeopleGenerator generator = new DemoPeopleGenerator(random, DemoPeopleNames.population());
    Set<String> nhsNumbers = new HashSet<>();
    List<UUID> ids = new ArrayList<>(allocations.size());
    BulkCopy.Rows rows = bulk.into("person", COLUMNS);
    for (int i = 0; i < allocations.size(); i++) {
      People.GeneratedAllocation allocation = allocations.get(i);
      UUID id = id(seed, i);
      DemoPeopleGenerator.Identity identity = generator.identity(Integer.MAX_VALUE);
      DemoPeopleGenerator.Address address = generator.address(DemoPeopleGenerator.Area.ANY);
      LocalDate dateOfBirth = generator.dateOfBirth(ageReference);
      LocalDate diedOn = allocation.diedOn();
      if (diedOn != null && dateOfBirth.isAfter(diedOn.minusYears(YOUNGEST_AGE_AT_DEATH))) {
        // People who die in a generated council are older people: 65 to 99 at death.
        dateOfBirth = diedOn.minusYears(YOUNGEST_AGE_AT_DEATH + i % 35).minusDays(i % 365);
      }
      String nhs = random.nextInt(10) == 0 ? null : generator.nhsNumber(nhsNumbers);
      var createdAt = allocation.createdAt().atOffset(ZoneOffset.UTC);
      rows.row(
          id,
          identity.firstName(),
          identity.lastName(),
          identity.preferredName(),
          identity.pronouns(),
          dateOfBirth,
          nhs,
          address.line1(),
          address.line2(),
          "Leeds",
          address.postcode(),
          generator.phone(),
          generator.email(identity),
          identity.gender(),
          identity.ethnicity(),
          identity.language(),
          identity.interpreterNeeded(),
          generator.communicationNeeds(),
          generator.preferredFormat(),
          random.nextInt(12) == 0,
          allocation.teamId(),
          allocation.workerId(),
          createdAt,
          "generated",
          createdAt,
          "generated",
          diedOn);
      ids.add(id);
    }
    rows.finish();
    return ids;
  }

  /** The same id for the same seed and position, so a generated council can be made again. */
  static UUID id(long seed, int index) {
    return UUID.nameUUIDFromBytes(
        ("strengths-generated-person-" + seed + "-" + index).getBytes(StandardCharsets.UTF_8));
  }
}
