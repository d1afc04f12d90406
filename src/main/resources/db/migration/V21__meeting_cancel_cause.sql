-- Why a meeting was cancelled (issue 15): by its caller, or because its SIP closed or the consent
-- was withdrawn, which cancels every meeting still called. Earlier cancellations were the caller's.
alter table meeting add column cancel_cause text
    check (cancel_cause in ('CALLER', 'SIP_CLOSED', 'CONSENT_WITHDRAWN'));
update meeting set cancel_cause = 'CALLER' where status = 'CANCELLED';
alter table meeting add constraint meeting_cancelled_has_cause
    check ((status = 'CANCELLED') = (cancel_cause is not null));
