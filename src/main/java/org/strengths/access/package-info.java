/**
 * Staff accounts, teams and roles; who may see a person's record (legitimate relationships and
 * break-glass); the append-only audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.strengths.access;
