/**
 * The person record: identity (NHS number), demographics, communication needs, CLD context with
 * history, allocation, search and duplicate detection, chronology.
 */
package org.strengths.person;
