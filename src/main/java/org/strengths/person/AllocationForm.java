package org.strengths.person;

import java.util.UUID;
import org.strengths.access.PersonAllocation;
import org.strengths.platform.web.Ids;

/**
 * The allocation form, as typed, with the allocation the user saw when the page was shown (so a
 * change made meanwhile by someone else is noticed, not overwritten).
 */
class AllocationForm {

  private String teamId;
  private String workerId;
  private String seenTeamId;
  private String seenWorkerId;

  static AllocationForm of(PersonAllocation allocation) {
    AllocationForm form = new AllocationForm();
    form.teamId = text(allocation.teamId());
    form.workerId = text(allocation.workerId());
    form.seen(allocation);
    return form;
  }

  /** Remembers {@code allocation} as the one the user has now seen. */
  void seen(PersonAllocation allocation) {
    seenTeamId = text(allocation.teamId());
    seenWorkerId = text(allocation.workerId());
  }

  PersonAllocation seenAllocation(UUID personId) {
    return new PersonAllocation(personId, Ids.orNull(seenTeamId), Ids.orNull(seenWorkerId));
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }

  public String getTeamId() {
    return teamId;
  }

  public void setTeamId(String teamId) {
    this.teamId = teamId;
  }

  public String getWorkerId() {
    return workerId;
  }

  public void setWorkerId(String workerId) {
    this.workerId = workerId;
  }

  public String getSeenTeamId() {
    return seenTeamId;
  }

  public void setSeenTeamId(String seenTeamId) {
    this.seenTeamId = seenTeamId;
  }

  public String getSeenWorkerId() {
    return seenWorkerId;
  }

  public void setSeenWorkerId(String seenWorkerId) {
    this.seenWorkerId = seenWorkerId;
  }
}
