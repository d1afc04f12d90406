-- Care relations: which unit has contact with which individual (need-based access).
create table care_relation (
    id             uuid primary key,
    individual_id  uuid        not null references individual (id),
    unit_id        uuid        not null references unit (id),
    established_at timestamptz not null,
    established_by text        not null,
    reason         text        not null,
    ended_at       timestamptz,
    unique (individual_id, unit_id)
);
create index care_relation_unit_idx on care_relation (unit_id, individual_id);

-- The access log (PDL / HSLF-FS 2016:40): kept at least five years, never changed.
-- No foreign keys: a row must outlive the records it names.
create table access_log (
    id                bigint generated always as identity primary key,
    occurred_at       timestamptz not null,
    username          text        not null,
    staff_id          uuid,
    unit_id           uuid,
    unit_name         text,
    roles             text        not null,
    individual_id     uuid,
    personal_identity char(12),
    protected_person  boolean     not null,
    record_type       text        not null,
    record_id         text,
    action            text        not null,
    purpose           text        not null,
    outcome           text        not null check (outcome in ('GRANTED', 'REFUSED')),
    reason            text
);
create index access_log_occurred_idx on access_log (occurred_at desc);
create index access_log_user_idx on access_log (username, occurred_at desc);
create index access_log_person_idx on access_log (personal_identity, occurred_at desc);

-- Append-only, enforced by the database rather than by code that could forget.
create function access_log_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'access_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger access_log_no_update_or_delete
    before update or delete on access_log
    for each row execute function access_log_refuse_change();

create trigger access_log_no_truncate
    before truncate on access_log
    for each statement execute function access_log_refuse_change();
