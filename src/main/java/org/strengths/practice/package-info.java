/**
 * Practice development: supervision records under the KcVETS headings, with actions carried from
 * session to session, how often each worker is supervised and whose supervision is overdue. People
 * discussed are linked to their records and appear on their chronology without the supervision
 * text. Notes are seen only by the supervisee, the supervisor and the principal social worker
 * (docs/adr/0100).
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "platform",
      "access",
      "person",
      "conversation",
      "assessment",
      "planning",
      "network",
      "languagecoach"
    })
package org.strengths.practice;
