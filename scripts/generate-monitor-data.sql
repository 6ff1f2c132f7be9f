-- Fills a study made through the API with a generated sample frame and, after its invitations are
-- made, with responses: the data of the monitor's performance measurement (scripts/monitor-bench.sh).
-- PostgreSQL only. psql variables: study (its id), people (frame size), step ('frame' or 'responses').
\set ON_ERROR_STOP on
select setseed(0.42);

\if :{?frame}
insert into frame_person (study_id, ref, in_latest_file, imported_at)
select :'study', 'R' || lpad(g::text, 7, '0'), true, now() from generate_series(1, :people) g;

-- six dimensions with 3 x 6 x 8 x 3 x 3 x 4 categories; a few values left empty, as in real extracts
insert into frame_attribute (person_id, attribute, attribute_value)
select p.id, d.attribute, d.categories[1 + floor(random() * array_length(d.categories, 1))::int]
from frame_person p cross join (values
    ('gender', array['man', 'vrouw', 'x']),
    ('age_band', array['18_29', '30_39', '40_49', '50_59', '60_69', '70_plus']),
    ('country_of_birth', array['SY', 'ER', 'TR', 'AF', 'IR', 'MA', 'UA', 'PL']),
    ('status', array['status_holder', 'family_migrant', 'other']),
    ('learning_route', array['B1', 'education', 'Z']),
    ('municipality', array['Utrecht', 'Nijmegen', 'Venlo', 'Maastricht'])) as d(attribute, categories)
where p.study_id = :'study' and random() > 0.01;
\endif

\if :{?responses}
-- about 300,000 responses per 1,000,000 invitations, more in some cells than in others
create temporary table answering as
select i.id as invitation, i.cell_id as cell, random() < 0.75 as completes
from invitation i where i.study_id = :'study' and random() < 0.15 + 0.3 * ((i.cell_id % 7) / 6.0);

insert into response (access_hash, questionnaire_id, questionnaire_version, language, channel, mode, test, status,
    current_page, started_at, updated_at, completed_at, study_id, cell_id, first_saved_at)
select md5('bench-' || a.invitation), s.questionnaire_id, s.questionnaire_version,
    (array['nl', 'en', 'ar', 'tr', 'fa', 'ti'])[1 + floor(random() * 6)::int],
    case when random() < 0.8 then 'PERSONAL_LINK' else 'SHORT_CODE' end, 'SELF', false,
    case when a.completes then 'COMPLETED' else 'IN_PROGRESS' end, case when a.completes then null else 'werk' end,
    s.fieldwork_start + (random() * 20) * interval '1 day', now() - random() * interval '5 days',
    case when a.completes then s.fieldwork_start + (random() * 20) * interval '1 day' end, s.id, a.cell,
    case when a.completes or random() < 0.7 then s.fieldwork_start + interval '1 hour' end
from answering a cross join study s where s.id = :'study';

update invitation set response_id = r.id, opened_at = r.started_at
from response r where r.access_hash = md5('bench-' || invitation.id) and invitation.study_id = :'study';
update invitation set opened_at = now() where study_id = :'study' and response_id is null and random() < 0.1;
-- the application counts openings per cell as they happen; openings made here are counted once
update study_cell set opened = (select count(*) from invitation i where i.cell_id = study_cell.id and i.opened_at is not null)
where study_id = :'study';
analyze;
\endif
