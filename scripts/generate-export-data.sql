-- Fills a study made through the API with invited people and completed responses with answers: the data of
-- the export's streaming measurement (scripts/export-bench.sh). PostgreSQL only. psql variables: study (its
-- id), responses (how many). Ten answer rows a response: select_one (with missing choices and "I don't
-- understand"), integer (sometimes skipped), select_multiple (two options), date, matrix, text, decimal.
\set ON_ERROR_STOP on
select setseed(0.42);

insert into response (access_hash, questionnaire_id, questionnaire_version, language, channel, mode, test, status,
    current_page, started_at, updated_at, completed_at, study_id, first_saved_at)
select md5('export-bench-' || g), s.questionnaire_id, s.questionnaire_version, (array['nl', 'ar', 'ti'])[1 + g % 3],
    'PERSONAL_LINK', 'SELF', false, 'COMPLETED', null, now() - interval '2 days', now(), now() - interval '1 day', s.id,
    now() - interval '2 days'
from generate_series(1, :responses) g cross join study s where s.id = :'study';

insert into frame_person (study_id, ref, in_latest_file, imported_at)
select :'study', 'R' || g, true, now() from generate_series(1, :responses) g;

insert into frame_attribute (person_id, attribute, attribute_value)
select p.id, d.attribute, d.categories[1 + floor(random() * array_length(d.categories, 1))::int]
from frame_person p cross join (values
    ('gender', array['man', 'vrouw', 'x']),
    ('age_band', array['18_29', '30_39', '40_49', '50_59', '60_plus'])) as d(attribute, categories)
where p.study_id = :'study';

insert into invitation (study_id, person_id, seed, link_hash, code_hash, response_id, created_at, opened_at)
select :'study', p.id, 'bench', md5('link-' || p.id), md5('code-' || p.id), r.id, now(), now()
from frame_person p join response r on r.access_hash = md5('export-bench-' || substring(p.ref from 2))
where p.study_id = :'study';

insert into answer (response_id, variable, item, question_type, status, text_value, number_value, date_value, missing,
    answered_at)
select r.id, v.variable, v.item, v.question_type, v.status, v.text_value, v.number_value, v.date_value, v.missing, r.started_at
from response r
cross join lateral (select (array['asiel', 'gezinsmigrant', 'anders', 'zeg_niet'])[1 + floor(random() * 4)::int] as status,
    (array['18_29', '30_39', '40_49', '50_59', '60_plus', 'zeg_niet'])[1 + floor(random() * 6)::int] as age,
    random() as u, r.id as id) c
cross join lateral (values
    ('status', 0, 'select_one', 'answered', c.status, null::numeric, null::date, c.status = 'zeg_niet'),
    ('leeftijd', 0, 'select_one', 'answered', c.age, null, null, c.age = 'zeg_niet'),
    ('geboorteland', 0, 'select_one', case when c.u < 0.1 then 'dont_understand' else 'answered' end,
        case when c.u < 0.1 then null else 'syrie' end, null, null, false),
    ('aankomstjaar', 0, 'integer', case when c.u > 0.9 then 'unanswered' else 'answered' end, null,
        case when c.u > 0.9 then null else 2000 + floor(c.u * 25) end, null, false),
    ('situatie', 1, 'select_multiple', 'answered', 'betaald_werk', null, null, false),
    ('situatie', 2, 'select_multiple', 'answered', 'taalles', null, null, false),
    ('inburgering_start', 0, 'date', 'answered', null, null, date '2024-01-01' + (c.u * 500)::int, false),
    ('nl_kunnen_praten', 0, 'matrix', 'answered', 'goed', null, null, false),
    ('nl_helpt', 0, 'text', 'answered', case when c.u < 0.5 then 'الدروس مع الجيران في السوق' else
        'Praten met de buren op de markt' end, null, null, false),
    ('huur', 0, 'decimal', 'answered', null, round((300 + c.u * 900)::numeric, 2), null, false))
    as v(variable, item, question_type, status, text_value, number_value, date_value, missing)
where r.study_id = :'study';
analyze;
