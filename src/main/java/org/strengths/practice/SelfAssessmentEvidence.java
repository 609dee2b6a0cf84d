package org.strengths.practice;

import java.util.UUID;

/**
 * Something from a practitioner's own records that they can link as evidence for a rating: a
 * conversation they held, a supervision session they had, a learning record of theirs, or the
 * feedback a case-file audit gave them on a record (its reference is the audit, its person the
 * record's). The label is what the assessment shows, copied when it is made.
 */
record SelfAssessmentEvidence(Kind kind, UUID refId, UUID personId, String label) {

  enum Kind {
    CONVERSATION,
    SUPERVISION,
    LEARNING,
    AUDIT
  }

  /** What the form sends for this choice, after the statement's id. */
  public String key() {
    return kind + ":" + refId;
  }

  /** Where the evidence can be read (the page itself checks who may). */
  public String href(UUID workerId) {
    return switch (kind) {
      case CONVERSATION -> "/people/" + personId + "/conversations/" + refId;
      case SUPERVISION -> "/supervision/sessions/" + refId;
      case LEARNING -> "/development/workers/" + workerId + "#learning-" + refId;
      case AUDIT -> "/audits/" + refId + "/feedback/" + personId;
    };
  }
}
