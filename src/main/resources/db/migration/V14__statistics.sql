-- The statistics read model, filled by listening to the events of sip and meetings. It holds ids,
-- codes, counts and times, never a name, a personnummer or free text. Listeners run out of order,
-- so every row is written by upserts that give the same result in any order.

create table stat_sip (
    sip_id           uuid primary key,
    unit_id          uuid,
    organisation_id  uuid,
    noticed_by       text,
    track            text,
    level            text,
    age_band         text,
    started_at       timestamptz,
    consent_at       timestamptz,
    first_meeting_at timestamptz,
    plan_at          timestamptz,
    closed_at        timestamptz,
    closing_reason   text
);
create index stat_sip_unit_idx on stat_sip (organisation_id, unit_id);

create table stat_plan (
    sip_id       uuid not null,
    version      int  not null,
    confirmed_at timestamptz,
    given_at     timestamptz,
    delivery     text,
    primary key (sip_id, version)
);

-- one row per follow-up date a plan was given; set_at is when the date was set, so a date
-- replaced by a later one before it came is not counted as missed
create table stat_follow_up (
    sip_id          uuid not null,
    due_on          date not null,
    set_at          timestamptz,
    held_at         timestamptz,
    goals_met       int,
    goals_partly    int,
    goals_not_met   int,
    primary key (sip_id, due_on)
);

create table stat_meeting (
    meeting_id      uuid primary key,
    sip_id          uuid not null,
    kind            text not null,
    unit_id         uuid not null,
    organisation_id uuid not null,
    held_at         timestamptz not null,
    invited         int  not null,
    answered        int  not null,
    no_shows        int  not null
);
