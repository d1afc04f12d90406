-- The protocol as far as the caller has written it, before the meeting is held (issue 15): a
-- jsonb document of its own (ProtocolDraft), cleared when the meeting is held or cancelled.
alter table meeting add column protocol_draft jsonb;
