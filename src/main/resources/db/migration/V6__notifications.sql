-- Each unit's inbox. No personal data: the kind, the SIP it concerns and a code.
create table inbox_message (
    id         uuid primary key,
    unit_id    uuid        not null references unit (id),
    kind       text        not null,
    sip_id     uuid        not null references sip (id),
    detail     text        not null,
    created_at timestamptz not null,
    unique (unit_id, kind, sip_id)
);
create index inbox_message_unit_idx on inbox_message (unit_id, created_at desc);
