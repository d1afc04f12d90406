create table individual (
    id                 uuid primary key,
    personal_identity  char(12) not null unique check (personal_identity ~ '^[0-9]{12}$'),
    given_name         text     not null,
    family_name        text     not null,
    phone              text,
    email              text,
    street_address     text,
    postal_code        text,
    city               text,
    listed_care_unit_id uuid references unit (id),
    protected_identity boolean  not null,
    version            bigint   not null
);

create table individual_relation (
    id                uuid primary key,
    individual_id     uuid not null references individual (id) on delete cascade,
    kind              text not null check (kind in ('GUARDIAN', 'GOD_MAN', 'FORVALTARE', 'OMBUD', 'RELATIVE')),
    name              text not null,
    personal_identity char(12) check (personal_identity ~ '^[0-9]{12}$'),
    phone             text,
    email             text,
    mandate           text not null default '',
    note              text
);
create index individual_relation_individual_idx on individual_relation (individual_id);
create index individual_relation_identity_idx on individual_relation (personal_identity);
