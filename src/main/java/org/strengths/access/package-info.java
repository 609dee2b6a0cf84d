/**
 * Staff accounts, teams and roles; who may see a person's record (legitimate relationships and
 * break-glass); the append-only audit log.
 */
package org.strengths.access;
