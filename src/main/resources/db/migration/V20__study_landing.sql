-- A study's landing page (issue 16): filter questions that send each person to one of the study's questionnaires.
-- The landing as JSON in the API's shape (docs/api.md, Studies: landing): read whole, never queried into; null: none.
alter table study add column landing varchar(20000);

-- A filter response (the landing's questions, not yet routed): the study whose landing it answers, and the entry
-- that brought the person (JSON), which the routed response takes over. study_id stays null, so it never counts.
alter table response add column landing_study_id varchar(20) references study (id) on delete cascade;
alter table response add column landing_entry varchar(2000);

-- A routed response: the route taken (its index in landing.routes; -1 for the study's own questionnaire) and the
-- filter answers (JSON, variable -> values) that chose it; both null when the person did not come through a landing.
alter table response add column landing_route integer;
alter table response add column landing_answers varchar(20000);
