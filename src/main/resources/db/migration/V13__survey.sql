-- The participant survey. An offer or a one-time code says who may answer after which meeting;
-- it is deleted when used, declined or expired. An answer (survey_response and its rows in
-- survey_answer) keeps only the meeting type, the role, the background items, the meeting's
-- principal and unit and the month: no person, no SIP, no meeting, no time of day, and no
-- column that any other table points to. SurveyAnonymityTest holds the schema to that.

create table survey_offer (
    id              uuid        primary key,
    role            text        not null check (role in ('INDIVIDUAL', 'REPRESENTATIVE', 'PROFESSIONAL')),
    meeting_type    text        not null check (meeting_type in ('FIRST', 'FOLLOW_UP')),
    organisation_id uuid        not null references organisation (id),
    unit_id         uuid        not null references unit (id),
    held_on         date        not null,
    -- a professional offer is answered by a staff member of this unit
    answering_unit  uuid references unit (id),
    -- an offer to the individual or their representative is found through their SIP on Mina sidor
    sip_id          uuid,
    expires_at      timestamptz not null,
    check ((role = 'PROFESSIONAL') = (answering_unit is not null)),
    check ((role = 'PROFESSIONAL') = (sip_id is null))
);
create index survey_offer_unit_idx on survey_offer (answering_unit) where answering_unit is not null;
create index survey_offer_sip_idx on survey_offer (sip_id) where sip_id is not null;

-- only a hash of the code is kept; the code itself is shown once
create table survey_code (
    code_hash       text        primary key,
    meeting_type    text        not null check (meeting_type in ('FIRST', 'FOLLOW_UP')),
    organisation_id uuid        not null references organisation (id),
    unit_id         uuid        not null references unit (id),
    held_on         date        not null,
    expires_at      timestamptz not null
);

create table survey_response (
    id                    uuid primary key,
    questionnaire_version text not null,
    role                  text not null check (role in ('INDIVIDUAL', 'COMPANION', 'REPRESENTATIVE', 'PROFESSIONAL')),
    meeting_type          text not null check (meeting_type in ('FIRST', 'FOLLOW_UP')),
    organisation_id       uuid not null references organisation (id),
    unit_id               uuid references unit (id),
    month                 date not null check (extract(day from month) = 1),
    age_band              text,
    gender                text,
    home_municipality     text,
    employer              text,
    source                text not null check (source in ('WEB', 'IMPORT')),
    -- the id a paper or other-tool answer had in its file, so the same file is not imported twice
    imported_id           text,
    unique (organisation_id, imported_id)
);
create index survey_response_month_idx on survey_response (month, organisation_id, unit_id);

create table survey_answer (
    response_id uuid not null references survey_response (id),
    statement   text not null,
    answer      text not null,
    primary key (response_id, statement)
);
