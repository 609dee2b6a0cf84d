package org.strengths.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffAccounts;

/**
 * Finds people by what was typed into one search box (see {@link SearchQuery}). Search shows the
 * demographics of anyone, so that staff can avoid creating duplicates at first contact; opening a
 * record is checked separately. Every search is audited with the kinds of criteria used, never the
 * text searched for.
 */
@Service
public class PersonSearch {

  public static final int PAGE_SIZE = PersonSearchQueries.PAGE_SIZE;

  private final PersonSearchQueries queries;
  private final StaffAccounts staff;
  private final AuditLog audit;

  PersonSearch(PersonSearchQueries queries, StaffAccounts staff, AuditLog audit) {
    this.queries = queries;
    this.staff = staff;
    this.audit = audit;
  }

  /**
   * One page of people matching {@code text}, best match first.
   *
   * @param page from 1; a page past the end gives no people, with the total
   * @throws SearchQueryException when the text cannot be searched for (its message key says why)
   */
  public Results search(String text, int page) {
    SearchQuery query = SearchQuery.parse(text);
    int wanted = Math.max(page, 1);
    PersonSearchQueries.Page found = queries.find(query, wanted - 1);
    audit.record(null, "search", "search", null, query.kinds());
    Map<UUID, String> workers =
        staff.displayNames(
            found.rows().stream()
                .map(PersonSearchQueries.Row::workerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    List<Result> people =
        found.rows().stream()
            .map(row -> result(row, row.workerId() == null ? null : workers.get(row.workerId())))
            .toList();
    return new Results(query, people, found.total(), wanted);
  }

  private static Result result(PersonSearchQueries.Row row, String workerName) {
    return new Result(
        row.id(),
        row.firstName(),
        row.lastName(),
        row.preferredName(),
        row.dateOfBirth(),
        row.nhsNumber(),
        row.postcode(),
        row.teamId(),
        row.workerId(),
        workerName);
  }

  /**
   * @param page the page shown, from 1
   * @param total how many people match in all
   */
  public record Results(SearchQuery query, List<Result> people, long total, int page) {

    public int pageSize() {
      return PAGE_SIZE;
    }

    /** How many pages the matches fill (at least 1, so "page 1 of 1" reads right when empty). */
    public int pages() {
      return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public long firstShown() {
      return people.isEmpty() ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
    }

    public long lastShown() {
      return people.isEmpty() ? 0 : firstShown() + people.size() - 1;
    }
  }

  /**
   * A person found. {@code workerName} is null when no worker is allocated.
   *
   * @param nhsNumber ten digits, or null
   */
  public record Result(
      UUID id,
      String firstName,
      String lastName,
      String preferredName,
      LocalDate dateOfBirth,
      String nhsNumber,
      String postcode,
      UUID teamId,
      UUID workerId,
      String workerName) {

    public String fullName() {
      return firstName + " " + lastName;
    }

    /** The NHS number as printed on NHS letters ("943 476 5919"). */
    public String formattedNhsNumber() {
      return nhsNumber == null
          ? null
          : NhsNumber.parse(nhsNumber).map(NhsNumber::formatted).orElse(nhsNumber);
    }
  }
}
