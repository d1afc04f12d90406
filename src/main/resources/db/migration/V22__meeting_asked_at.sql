-- When everyone was last asked to answer (issue 15): a new time asks again and reminders count
-- from there. Until now they were only asked when the meeting was called.
alter table meeting add column asked_at timestamptz;
update meeting set asked_at = called_at;
alter table meeting alter column asked_at set not null;
