-- The SIP case. Consent, preparation, participants and the plan draft are documents (jsonb) of
-- the aggregate; what statistics and access need is in columns.
create table sip (
    id                    uuid primary key,
    individual_id         uuid        not null references individual (id),
    starting_unit_id      uuid        not null references unit (id),
    started_by            uuid        not null references staff_account (id),
    started_at            timestamptz not null,
    assessment_noticed_by text        not null,
    assessment_track      text        not null check (assessment_track in ('SOL_HSL', 'LSVU')),
    assessment_level      text        not null,
    assessment_reason     text        not null,
    status                text        not null check (status in ('ASSESSED', 'CONSENTED', 'PREPARING', 'INVITED',
                                                                 'PLAN_ACTIVE', 'FOLLOW_UP_DUE', 'CLOSED')),
    consent               jsonb,
    preparation           jsonb,
    participants          jsonb       not null,
    plan                  jsonb       not null,
    coordinator_staff_id  uuid references staff_account (id),
    coordinator_unit_id   uuid references unit (id),
    next_follow_up        date,
    plan_version          int         not null,
    next_version_kind     text        not null,
    closing_reason        text,
    closing_text          text,
    version               bigint      not null
);
create index sip_individual_idx on sip (individual_id);
create index sip_starting_unit_idx on sip (starting_unit_id);
create index sip_participating_units_idx on sip using gin ((participants -> 'all') jsonb_path_ops);
create index sip_follow_up_idx on sip (next_follow_up) where status <> 'CLOSED';

-- Confirmed plans: never changed, never removed; every version stays readable.
create table sip_plan_version (
    sip_id       uuid        not null references sip (id),
    number       int         not null,
    kind         text        not null check (kind in ('FIRST', 'REVISION', 'NEW_PLAN')),
    confirmed_by uuid        not null references staff_account (id),
    confirmed_at timestamptz not null,
    content      jsonb       not null,
    primary key (sip_id, number)
);

create table sip_follow_up (
    id          uuid primary key,
    sip_id      uuid        not null references sip (id),
    recorded_by uuid        not null references staff_account (id),
    recorded_at timestamptz not null,
    content     jsonb       not null
);
create index sip_follow_up_sip_idx on sip_follow_up (sip_id, recorded_at);

-- The case's timeline: every step, who and when.
create table sip_step (
    id          bigint generated always as identity primary key,
    sip_id      uuid        not null references sip (id),
    occurred_at timestamptz not null,
    staff_id    uuid        not null references staff_account (id),
    unit_id     uuid        not null references unit (id),
    step        text        not null
);
create index sip_step_sip_idx on sip_step (sip_id, occurred_at);

create function sip_record_is_immutable() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger sip_plan_version_immutable before update or delete on sip_plan_version
    for each row execute function sip_record_is_immutable();
create trigger sip_follow_up_immutable before update or delete on sip_follow_up
    for each row execute function sip_record_is_immutable();
create trigger sip_step_immutable before update or delete on sip_step
    for each row execute function sip_record_is_immutable();
