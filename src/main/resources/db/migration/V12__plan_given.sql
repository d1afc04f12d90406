-- That the person got a plan version (at the meeting or afterwards): the process measure
-- "plans given to the individual". Once per version; the first record counts.
create table sip_plan_delivery (
    sip_id       uuid        not null,
    plan_version int         not null,
    delivery     text        not null check (delivery in ('AT_MEETING', 'AFTERWARDS')),
    recorded_by  uuid        not null references staff_account (id),
    recorded_at  timestamptz not null,
    primary key (sip_id, plan_version),
    foreign key (sip_id, plan_version) references sip_plan_version (sip_id, number)
);
create trigger sip_plan_delivery_immutable before update or delete on sip_plan_delivery
    for each row execute function sip_record_is_immutable();
