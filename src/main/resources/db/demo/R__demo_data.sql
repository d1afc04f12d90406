-- The demo directory, for demo mode only (db/demo is added to Flyway's locations by the
-- embedded-database configuration): organisations, units, staff accounts and their roles. The
-- tests share it as reference data (se.samordna.directory.TestUnits). The demo people are in
-- db/demo-cast, loaded only with the demo cast (samordna.demo.cast). Idempotent: rows that exist
-- are left alone, so edits made in the demo survive restarts. All units and places are fictional.

insert into organisation (id, name, kind, organisationsnummer, version) values
  ('10000000-0000-0000-0000-000000000001', 'Region Uppsala', 'REGION', '2321000024', 0),
  ('10000000-0000-0000-0000-000000000002', 'Uppsala kommun', 'KOMMUN', '2120003005', 0),
  ('10000000-0000-0000-0000-000000000003', 'Enköpings kommun', 'KOMMUN', '2120000308', 0),
  ('10000000-0000-0000-0000-000000000004', 'Försäkringskassan', 'FORSAKRINGSKASSAN', '2021005521', 0)
on conflict do nothing;

insert into unit (id, organisation_id, name, kind, hsa_id, phone, email, version) values
  ('20000000-0000-0000-0000-000000000001', '10000000-0000-0000-0000-000000000001', 'Vårdcentralen Lindgården', 'VARDCENTRAL', 'SE2321000024-VC0101', '08-465 004 01', 'lindgarden@example.se', 0),
  ('20000000-0000-0000-0000-000000000002', '10000000-0000-0000-0000-000000000001', 'BUP Uppsala, mottagning Väst', 'BUP', 'SE2321000024-BUP021', '08-465 004 02', 'bup.vast@example.se', 0),
  ('20000000-0000-0000-0000-000000000003', '10000000-0000-0000-0000-000000000001', 'Vuxenpsykiatrin, mottagning Fyrisdalen', 'VUXENPSYKIATRI', 'SE2321000024-VP0301', '08-465 004 03', null, 0),
  ('20000000-0000-0000-0000-000000000004', '10000000-0000-0000-0000-000000000001', 'Medicinavdelning 12', 'SLUTENVARDSAVDELNING', 'SE2321000024-SV1201', '08-465 004 04', null, 0),
  ('20000000-0000-0000-0000-000000000005', '10000000-0000-0000-0000-000000000001', 'SIP-samordning, Region Uppsala', 'SIP_SAMORDNING', null, '08-465 004 05', 'sip@example.se', 0),
  ('20000000-0000-0000-0000-000000000006', '10000000-0000-0000-0000-000000000001', 'Analys och uppföljning, länet', 'ANALYS', null, null, null, 0),
  ('20000000-0000-0000-0000-000000000007', '10000000-0000-0000-0000-000000000001', 'Systemförvaltning Samordna', 'SYSTEMFORVALTNING', null, null, 'samordna@example.se', 0),
  ('20000000-0000-0000-0000-000000000011', '10000000-0000-0000-0000-000000000002', 'Socialtjänst barn och unga, Uppsala', 'SOCIALTJANST_BARN_OCH_UNGA', null, '08-465 004 06', null, 0),
  ('20000000-0000-0000-0000-000000000012', '10000000-0000-0000-0000-000000000002', 'Biståndsenheten, Uppsala', 'BISTANDSENHET', null, '08-465 004 07', null, 0),
  ('20000000-0000-0000-0000-000000000013', '10000000-0000-0000-0000-000000000002', 'Hemsjukvården, Uppsala', 'HEMSJUKVARD', null, '08-465 004 08', null, 0),
  ('20000000-0000-0000-0000-000000000014', '10000000-0000-0000-0000-000000000002', 'LSS-handläggning, Uppsala', 'LSS', null, '08-465 004 09', null, 0),
  ('20000000-0000-0000-0000-000000000015', '10000000-0000-0000-0000-000000000002', 'Elevhälsan, Tallbackaskolan', 'ELEVHALSA', null, '08-465 004 10', null, 0),
  ('20000000-0000-0000-0000-000000000021', '10000000-0000-0000-0000-000000000003', 'Biståndsenheten, Enköping', 'BISTANDSENHET', null, '070-174 06 17', null, 0),
  ('20000000-0000-0000-0000-000000000022', '10000000-0000-0000-0000-000000000003', 'Socialtjänst barn och unga, Enköping', 'SOCIALTJANST_BARN_OCH_UNGA', null, '070-174 06 18', null, 0),
  ('20000000-0000-0000-0000-000000000023', '10000000-0000-0000-0000-000000000003', 'Hemsjukvården, Enköping', 'HEMSJUKVARD', null, '070-174 06 19', null, 0),
  ('20000000-0000-0000-0000-000000000024', '10000000-0000-0000-0000-000000000003', 'LSS-handläggning, Enköping', 'LSS', null, '070-174 06 20', null, 0),
  ('20000000-0000-0000-0000-000000000031', '10000000-0000-0000-0000-000000000004', 'Försäkringskassan, lokalt försäkringscenter Uppsala', 'HANDLAGGNING', null, '08-465 004 99', null, 0)
on conflict do nothing;

insert into staff_account (id, username, display_name, title, unit_id, email, active, version) values
  ('30000000-0000-0000-0000-000000000001', 'anna', 'Anna Berglund', 'socialsekreterare', '20000000-0000-0000-0000-000000000011', 'anna@example.se', true, 0),
  ('30000000-0000-0000-0000-000000000002', 'erik', 'Erik Holmgren', 'distriktssköterska', '20000000-0000-0000-0000-000000000001', 'erik@example.se', true, 0),
  ('30000000-0000-0000-0000-000000000003', 'sara', 'Sara Lind', 'SIP-samordnare', '20000000-0000-0000-0000-000000000005', 'sara@example.se', true, 0),
  ('30000000-0000-0000-0000-000000000004', 'olle', 'Olle Strand', 'biståndshandläggare', '20000000-0000-0000-0000-000000000021', 'olle@example.se', true, 0),
  ('30000000-0000-0000-0000-000000000005', 'lars', 'Lars Wikström', 'analytiker', '20000000-0000-0000-0000-000000000006', 'lars@example.se', true, 0),
  ('30000000-0000-0000-0000-000000000006', 'admin', 'Systemadministratör', null, '20000000-0000-0000-0000-000000000007', 'samordna@example.se', true, 0),
  ('30000000-0000-0000-0000-000000000007', 'bodil', 'Bodil Ekman', 'psykolog', '20000000-0000-0000-0000-000000000002', null, true, 0),
  ('30000000-0000-0000-0000-000000000008', 'hanna', 'Hanna Ström', 'sjuksköterska', '20000000-0000-0000-0000-000000000013', null, true, 0),
  ('30000000-0000-0000-0000-000000000009', 'ella', 'Ella Norberg', 'skolkurator', '20000000-0000-0000-0000-000000000015', null, true, 0),
  ('30000000-0000-0000-0000-000000000010', 'frida', 'Frida Almqvist', 'handläggare', '20000000-0000-0000-0000-000000000031', null, true, 0),
  ('30000000-0000-0000-0000-000000000011', 'birgitta', 'Birgitta Sandell', 'biståndshandläggare', '20000000-0000-0000-0000-000000000012', null, true, 0),
  ('30000000-0000-0000-0000-000000000012', 'sven', 'Sven Dahl', 'sjuksköterska', '20000000-0000-0000-0000-000000000004', null, true, 0),
  ('30000000-0000-0000-0000-000000000013', 'vera', 'Vera Lundin', 'kurator', '20000000-0000-0000-0000-000000000003', null, true, 0)
on conflict do nothing;

insert into staff_role (staff_account_id, role) values
  ('30000000-0000-0000-0000-000000000001', 'STAFF'),
  ('30000000-0000-0000-0000-000000000002', 'STAFF'),
  ('30000000-0000-0000-0000-000000000003', 'STAFF'),
  ('30000000-0000-0000-0000-000000000003', 'SIP_FACILITATOR'),
  ('30000000-0000-0000-0000-000000000004', 'STAFF'),
  ('30000000-0000-0000-0000-000000000005', 'STATISTICS'),
  ('30000000-0000-0000-0000-000000000006', 'ADMIN'),
  ('30000000-0000-0000-0000-000000000007', 'STAFF'),
  ('30000000-0000-0000-0000-000000000008', 'STAFF'),
  ('30000000-0000-0000-0000-000000000009', 'STAFF'),
  ('30000000-0000-0000-0000-000000000010', 'STAFF'),
  ('30000000-0000-0000-0000-000000000011', 'STAFF'),
  ('30000000-0000-0000-0000-000000000012', 'STAFF'),
  ('30000000-0000-0000-0000-000000000013', 'STAFF')
on conflict do nothing;
