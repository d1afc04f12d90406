create table organisation (
    id                  uuid primary key,
    name                text   not null,
    kind                text   not null check (kind in ('KOMMUN', 'REGION', 'FORSAKRINGSKASSAN',
                                                        'ARBETSFORMEDLINGEN', 'SKOLA', 'ANNAN_AKTOR')),
    organisationsnummer char(10) unique,
    version             bigint not null
);

create table unit (
    id              uuid primary key,
    organisation_id uuid   not null references organisation (id),
    name            text   not null check (length(name) between 1 and 200),
    kind            text   not null,
    hsa_id          text unique,
    phone           text,
    email           text,
    version         bigint not null
);
create index unit_organisation_idx on unit (organisation_id);

create table staff_account (
    id           uuid primary key,
    username     text    not null unique,
    display_name text    not null,
    title        text,
    unit_id      uuid    not null references unit (id),
    email        text,
    active       boolean not null,
    version      bigint  not null
);

create table staff_role (
    staff_account_id uuid not null references staff_account (id) on delete cascade,
    role             text not null check (role in ('STAFF', 'SIP_FACILITATOR', 'STATISTICS', 'ADMIN')),
    primary key (staff_account_id, role)
);
