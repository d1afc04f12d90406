-- The individual's own pages (portal): citizens read and act on their own SIPs, or for a child
-- or a person they represent.

-- A citizen's read is logged like a staff read: who (their personnummer), in what standing.
alter table access_log add column citizen_identity char(12);
alter table access_log add column citizen_standing text;

-- A young person (15+) decides whether guardians may read their own preparation notes.
create table citizen_sharing (
    individual_id          uuid primary key references individual (id),
    guardians_see_own_notes boolean     not null,
    changed_at             timestamptz not null
);

-- What the person (or a guardian or representative) wrote themselves before a meeting.
alter table sip add column own_preparations jsonb not null default '{"all": []}';

-- Steps taken by the person from their own pages have no staff member or unit.
alter table sip_step alter column staff_id drop not null;
alter table sip_step alter column unit_id drop not null;
alter table sip_step add column by_citizen text check (by_citizen in ('SELF', 'GUARDIAN', 'REPRESENTATIVE'));
alter table sip_step add constraint sip_step_by_someone
    check ((staff_id is not null and unit_id is not null) or by_citizen is not null);

-- The person's comments on a draft plan or on one of their goals: kept, never changed.
create table sip_comment (
    id           uuid primary key,
    sip_id       uuid        not null references sip (id),
    plan_version int         not null,
    goal         text,
    text         text        not null,
    written_by   text        not null check (written_by in ('SELF', 'GUARDIAN', 'REPRESENTATIVE')),
    written_at   timestamptz not null
);
create index sip_comment_sip_idx on sip_comment (sip_id, written_at);
create trigger sip_comment_immutable before update or delete on sip_comment
    for each row execute function sip_record_is_immutable();

-- Which plan version each reader has seen, so a new version is shown with what changed.
create table portal_seen_version (
    sip_id           uuid not null references sip (id),
    citizen_identity char(12) not null,
    plan_version     int  not null,
    primary key (sip_id, citizen_identity)
);

-- The language each citizen chose, so it follows them to another device.
create table portal_language (
    citizen_identity char(12) primary key,
    language         text not null
);
