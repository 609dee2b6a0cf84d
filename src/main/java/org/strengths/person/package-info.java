/**
 * The person record: identity (NHS number), demographics, communication needs, CLD context with
 * history, allocation, search and duplicate detection, chronology.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "platform"})
package org.strengths.person;
