package org.strengths.portal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;

/**
 * The demo council's invitations to people's own pages, made through the same path as the Online
 * access page (so the invitation message goes to the outbox and the invitation is audited). The
 * demo module calls it, signed in as the practitioner, once the people and their plans are there.
 */
@Component
public class PortalDemo {

  private final Invitations invitations;
  private final AuditLog audit;

  PortalDemo(Invitations invitations, AuditLog audit) {
    this.invitations = invitations;
    this.audit = audit;
  }

  /** Invites the person at {@code contact} (an email address or UK mobile number). */
  public void invite(UUID personId, String contact, StaffMember by) {
    Invitations.Invited invited =
        invitations.invite(personId, ContactAddress.parse(contact), by.id());
    if (invited instanceof Invitations.Done done) {
      audit.record(personId, InvitationController.SECTION, "invite", null, done.id().toString());
    }
  }

  /**
   * Records that the signed-in member of staff looked at a part of the person's record, as the
   * record's pages audit it, so that "Who has looked at your record" has something to show.
   */
  public void lookedAt(UUID personId, String section) {
    audit.record(personId, section, "view");
  }
}
