-- The inbox now holds several messages of one kind about one SIP (an invitation, then a
-- reminder, then a new time): each message has the key of what caused it, so a repeated event
-- is still no second message.
alter table inbox_message add column event_key text;
update inbox_message set event_key = kind || ':' || sip_id;
alter table inbox_message alter column event_key set not null;
alter table inbox_message drop constraint inbox_message_unit_id_kind_sip_id_key;
alter table inbox_message add constraint inbox_message_event_unique unique (unit_id, event_key);
alter table inbox_message add column meeting_id uuid references meeting (id);

-- Mail waiting to go out, written in the same transaction as the inbox message (an outbox):
-- a crash between "saved" and "sent" loses nothing, and the key sends nothing twice. Mail says
-- only that something happened in Samordna.
create table outgoing_mail (
    id           uuid primary key,
    event_key    text        not null unique,
    recipient    text        not null,
    subject      text        not null,
    body         text        not null,
    ics          text,
    ics_method   text check (ics_method in ('REQUEST', 'CANCEL')),
    created_at   timestamptz not null,
    sent_at      timestamptz,
    delivery     text check (delivery in ('SMTP', 'CAPTURED')),
    attempts     int         not null default 0,
    last_failure text
);
create index outgoing_mail_pending_idx on outgoing_mail (created_at) where sent_at is null;
