-- A print or an export names the version it printed (plan version, kallelse sequence).
alter table access_log add column record_version integer;
