/**
 * Connections: introductions and referrals from a person's record to community assets, the
 * voluntary partners' responses and outcomes, and the partner portal. What a partner sees is a
 * snapshot of the minimum data shared when the connection was sent, never the person's record.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"access", "community", "network", "person", "platform"})
package org.strengths.connection;
