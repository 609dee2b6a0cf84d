/**
 * Insight: the Client Level Data (CLD) events of every module assembled through one path, the
 * quarterly CLD extract with its validation, and the national measures (SALT and ASCOF tables)
 * built on the same events by NHS England's rules (ADR 0120). Modules publish their CLD-relevant
 * facts by implementing {@link org.strengths.insight.CldEventSource}; this module applies the
 * Release 1 rules once (ADR 0090).
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"access", "person", "platform"})
package org.strengths.insight;
