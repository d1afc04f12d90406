-- The meeting's jsonb documents carry their format version (issue 15): the names the rows hold
-- today are format 1, which this release reads and refuses any other.
update meeting set invitations = invitations || '{"format": 1}'::jsonb where not invitations ? 'format';
update meeting set protocol = protocol || '{"format": 1}'::jsonb where protocol is not null and not protocol ? 'format';
