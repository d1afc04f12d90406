-- Meetings of a SIP: the kallelse, its invitations (one jsonb document) and the protocol.
create table meeting (
    id                    uuid primary key,
    sip_id                uuid        not null references sip (id),
    individual_id         uuid        not null references individual (id),
    kind                  text        not null check (kind in ('FIRST', 'FOLLOW_UP')),
    status                text        not null check (status in ('CALLED', 'HELD', 'CANCELLED')),
    purpose               text        not null,
    -- local time in Stockholm, as the caller wrote it
    time_starts_at        timestamp   not null,
    time_minutes          int         not null check (time_minutes between 15 and 480),
    time_place            text,
    time_video_link       text,
    agenda                text        not null,
    message_to_individual text        not null,
    called_by             uuid        not null references staff_account (id),
    caller_unit_id        uuid        not null references unit (id),
    called_at             timestamptz not null,
    sequence              int         not null check (sequence >= 0),
    invitations           jsonb       not null,
    manual_handling       boolean     not null,
    caller_alerted_at     timestamptz,
    protocol              jsonb,
    held_at               timestamptz,
    cancel_reason         text,
    version               bigint      not null,
    check (time_place is not null or time_video_link is not null)
);
create index meeting_sip_idx on meeting (sip_id);
create index meeting_called_idx on meeting (time_starts_at) where status = 'CALLED';
