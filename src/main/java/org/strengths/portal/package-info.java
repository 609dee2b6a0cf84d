/**
 * The person's own pages under /my/, and what reaches them: invitations from their practitioner,
 * sign-in by a one-time code, and messages sent through GOV.UK Notify from an outbox written in the
 * same transaction as what caused them (docs/adr/0110, 0111). {@link
 * org.strengths.portal.Notifications} is the public API other modules use to send a message.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"platform", "access", "person"})
package org.strengths.portal;
