-- A hand-over moves who a person is allocated to, so it belongs to the person module (issue 10's
-- split of the conversation module). The rows stay as they are; only the names change.
ALTER TABLE conversation_handover RENAME TO person_handover;
ALTER INDEX conversation_handover_person_idx RENAME TO person_handover_person_idx;
