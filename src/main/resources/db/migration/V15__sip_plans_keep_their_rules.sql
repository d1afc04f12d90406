-- The plan now checks its own rules whenever it is built, also when a stored plan is read back.
-- Before, the plan form let through an order that pointed at the action itself, at an action no
-- longer in the plan, or round in a circle, and any text as a contact's phone number. Such a plan
-- would no longer be readable, so it is repaired here, in the drafts and in the confirmed versions
-- alike: such an order becomes "independent" (it said nothing that could be followed), such a phone
-- number is left out (it was never a number). Nothing else changes, and a plan within the rules is
-- not touched.

create function sip_plan_within_rules(plan jsonb) returns jsonb
    language plpgsql as
$$
declare
    actions  jsonb := coalesce(plan -> 'actions', '[]');
    contacts jsonb := coalesce(plan -> 'contacts', '[]');
    ids      text[];
    related  jsonb := '{}';
    i        int;
    steps    int;
    at       text;
    repaired jsonb := '[]';
    action   jsonb;
    contact  jsonb;
    phone    text;
begin
    select coalesce(array_agg(a ->> 'id'), '{}') into ids from jsonb_array_elements(actions) a;
    -- an order that names no other action of this plan
    for action in select * from jsonb_array_elements(actions) loop
        if action ->> 'timing' <> 'INDEPENDENT' and (action ->> 'relatedActionId' is null
                or action ->> 'relatedActionId' = action ->> 'id'
                or not (action ->> 'relatedActionId' = any (ids))) then
            action := action || '{"timing": "INDEPENDENT", "relatedActionId": null}';
        end if;
        repaired := repaired || jsonb_build_array(action);
    end loop;
    actions := repaired;
    -- an order that goes round in a circle: the first action found on it becomes independent,
    -- and the search starts over
    loop
        related := coalesce((select jsonb_object_agg(a ->> 'id', a ->> 'relatedActionId')
                             from jsonb_array_elements(actions) a
                             where a ->> 'relatedActionId' is not null), '{}');
        i := null;
        for idx in 0 .. jsonb_array_length(actions) - 1 loop
            at := actions -> idx ->> 'relatedActionId';
            steps := 0;
            while at is not null and at <> actions -> idx ->> 'id' and steps <= jsonb_array_length(actions) loop
                at := related ->> at;
                steps := steps + 1;
            end loop;
            if at is not null and at = actions -> idx ->> 'id' then
                i := idx;
                exit;
            end if;
        end loop;
        exit when i is null;
        actions := jsonb_set(actions, array [i::text],
                             (actions -> i) || '{"timing": "INDEPENDENT", "relatedActionId": null}');
    end loop;
    -- a phone number as platform.PhoneNumber has it: digits in groups (single spaces or hyphens
    -- between, an area code in parentheses, + first), 3 to 15 digits, at most 40 characters
    repaired := '[]';
    for contact in select * from jsonb_array_elements(contacts) loop
        phone := btrim(contact ->> 'phone');
        if phone is not null and not (length(phone) <= 40
                and phone ~ '^\+?(\(\d+\)|\d)([ -]?(\(\d+\)|\d))*$'
                and length(regexp_replace(phone, '[^0-9]', '', 'g')) between 3 and 15) then
            contact := contact || '{"phone": null}';
        end if;
        repaired := repaired || jsonb_build_array(contact);
    end loop;
    return plan || jsonb_build_object('actions', actions, 'contacts', repaired);
end;
$$;

update sip set plan = sip_plan_within_rules(plan) where plan is distinct from sip_plan_within_rules(plan);

-- a confirmed version is never changed by the application; this repair is the one exception
alter table sip_plan_version disable trigger sip_plan_version_immutable;
update sip_plan_version
set content = jsonb_set(content, '{content}', sip_plan_within_rules(content -> 'content'))
where content -> 'content' is distinct from sip_plan_within_rules(content -> 'content');
alter table sip_plan_version enable trigger sip_plan_version_immutable;

drop function sip_plan_within_rules(jsonb);
