package org.strengths.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.platform.ReferenceData;
import org.strengths.platform.web.NotFoundException;

/**
 * The person module's API for other modules and the JSON API. It does not check who may see a
 * person: callers do that with {@code PersonAccess} before showing anything.
 */
@Service
public class People {

  private final PersonStore store;
  private final Chronology chronology;
  private final AuditLog audit;
  private final ReferenceData referenceData;
  private final Teams teams;
  private final StaffAccounts staffAccounts;
  private final PersonText text;
  private final Clock clock;
  private final DemoPeople demoPeople;
  private final GeneratedPeople generatedPeople;

  People(
      PersonStore store,
      Chronology chronology,
      AuditLog audit,
      ReferenceData referenceData,
      Teams teams,
      StaffAccounts staffAccounts,
      PersonText text,
      Clock clock,
      DemoPeople demoPeople,
      GeneratedPeople generatedPeople) {
    this.store = store;
    this.chronology = chronology;
    this.audit = audit;
    this.referenceData = referenceData;
    this.teams = teams;
    this.staffAccounts = staffAccounts;
    this.text = text;
    this.clock = clock;
    this.demoPeople = demoPeople;
    this.generatedPeople = generatedPeople;
  }

  /**
   * Where a generated person is allocated (worker may be null), when their record opened and, if
   * they have died, the date they died (else null).
   */
  public record GeneratedAllocation(
      UUID teamId, UUID workerId, Instant createdAt, LocalDate diedOn) {

    /** A generated person who is alive. */
    public GeneratedAllocation(UUID teamId, UUID workerId, Instant createdAt) {
      this(teamId, workerId, createdAt, null);
    }
  }

  /**
   * For a generated council (the demo module's {@code --generate-council}): adds one fictional
   * person per allocation, in bulk, without audit or chronology entries (they are history, not
   * anyone's work); the ids in the allocations' order, the same for the same seed. Ages are worked
   * out from {@code ageReference}; people with a date of death were born 65 to 99 years before it.
   */
  @Transactional
  public List<UUID> addGeneratedPeople(
      long seed, LocalDate ageReference, List<GeneratedAllocation> allocations) {
    return generatedPeople.add(seed, ageReference, allocations);
  }

  /**
   * In demo mode, fills an empty person table with the fictional people of the demo council,
   * allocated to its teams and staff (which must exist already); the ids of the people added, the
   * same every time, or none if there were people already.
   */
  public List<UUID> addDemoPeople() {
    return demoPeople.add();
  }

  /**
   * The record of a person the signed-in member of staff may see: the check was made when the page
   * handler received {@code person}. {@link NotFoundException} if the record has gone since.
   */
  public PersonDetails details(PersonInScope person) {
    return store.find(person.id()).orElseThrow(NotFoundException::new);
  }

  /** The person's record, without any access check. */
  public Optional<PersonDetails> find(UUID id) {
    return store.find(id);
  }

  /**
   * Adds a person allocated to a team (and optionally a worker in it), if what was typed passes the
   * same checks as the web form; otherwise saves nothing and returns the problems. The creation is
   * audited and starts the person's chronology. Duplicates are not refused here: ask {@link
   * #likelyDuplicates} first and let the user decide.
   */
  @Transactional
  public CreatedPerson create(NewPerson typed, StaffMember by) {
    NewPerson person = PersonRules.normalise(typed);
    Map<String, String> problems = problems(person);
    if (!problems.isEmpty()) {
      return CreatedPerson.refused(problems);
    }
    UUID id = UUID.randomUUID();
    store.insert(id, person, by.getUsername(), clock.instant());
    audit.record(id, "record", "create");
    chronology.add(id, "record-created", text.get("person.chronology.created"));
    return CreatedPerson.created(id);
  }

  /**
   * Existing records that are likely to be the same person: the same NHS number, or a similar name
   * and the same date of birth. See {@link DuplicateRule}.
   */
  public List<DuplicateMatch> likelyDuplicates(
      String firstName, String lastName, LocalDate dateOfBirth, String nhsNumber) {
    String first = PersonRules.clean(firstName);
    String last = PersonRules.clean(lastName);
    String nhs = NhsNumber.parse(nhsNumber).map(NhsNumber::digits).orElse(null);
    if (first == null || last == null) {
      return nhs == null ? List.of() : matches(new DuplicateRule.Typed("", "", null, nhs));
    }
    return matches(new DuplicateRule.Typed(first, last, dateOfBirth, nhs));
  }

  private List<DuplicateMatch> matches(DuplicateRule.Typed typed) {
    return DuplicateRule.matches(typed, store.duplicateCandidates(typed));
  }

  /** Problems with a normalised person's details and allocation, as field → message. */
  Map<String, String> problems(NewPerson person) {
    Map<String, String> problems = new LinkedHashMap<>(detailProblems(person));
    problems.putAll(allocationProblems(person.teamId(), person.workerId()));
    return problems;
  }

  /** Problems with a normalised person's details (not their allocation), as field → message. */
  Map<String, String> detailProblems(NewPerson person) {
    LocalDate today = LocalDate.now(clock);
    return text.resolveKeys(
        PersonRules.checkDetails(
            person,
            today,
            code -> referenceData.contains(PersonRules.ETHNICITY_LIST, code, today)));
  }

  /** The team must exist; a worker, if any, must be one of its members. */
  Map<String, String> allocationProblems(UUID teamId, UUID workerId) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (teamId == null) {
      problems.put("teamId", text.get("person.error.teamId.required"));
    } else if (teams.find(teamId).isEmpty()) {
      problems.put("teamId", text.get("person.error.teamId.invalid"));
    } else if (workerId != null
        && staffAccounts.membersOf(teamId).stream()
            .noneMatch(member -> member.id().equals(workerId))) {
      problems.put("workerId", text.get("person.error.workerId.notInTeam"));
    }
    return problems;
  }
}
