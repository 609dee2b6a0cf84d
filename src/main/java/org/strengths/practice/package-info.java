/**
 * Practice development: supervision records under the KcVETS headings, with actions carried from
 * session to session, how often each worker is supervised and whose supervision is overdue. People
 * discussed are linked to their records and appear on their chronology without the supervision
 * text. Notes are seen only by the supervisee, the supervisor and the principal social worker
 * (docs/adr/0100). Practitioners' development records: self-assessments against the practice
 * statements with evidence picked from their own conversations (through the conversation module's
 * {@code ConversationsHeldBy}), supervision and learning, learning records, and the team capability
 * heatmap (docs/adr/0150, 0151). Case-file audits against templates, with evidence computed from
 * the record ({@code RecordEvidence}) and time-limited access to the sampled records only
 * (docs/adr/0140). Practice quality over time: the same measures per month for a team or the
 * council, from a read model refreshed from the owning modules' published views (docs/adr/0160).
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
