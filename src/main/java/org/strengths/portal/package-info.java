/**
 * The person's own pages under /my/, and what reaches them: invitations from their practitioner,
 * sign-in by a one-time code, and messages sent through GOV.UK Notify from an outbox written in the
 * same transaction as what caused them (docs/adr/0110, 0111). {@link
 * org.strengths.portal.Notifications} is the public API other modules use to send a message. Also
 * the front door, "Ask for support" (public question pages that anyone may use, signed in or not,
 * to ask for support for themselves, for someone they know or as a carer), which lands in the right
 * team's list of people waiting for a first conversation (docs/adr/0115). "My support" shows the
 * person their plan, assessments and connections, leaving out items a practitioner withheld
 * (docs/adr/0116).
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "platform",
      "access",
      "person",
      "conversation",
      "planning",
      "connection",
      "network",
      "community",
      "assessment",
      "carer"
    })
package org.strengths.portal;
