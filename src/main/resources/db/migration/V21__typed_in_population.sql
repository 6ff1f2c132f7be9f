-- Population counts typed in from register statistics (issue 15: an unbound batch, open recruitment), per dimension and
-- category; the monitor uses them where the study has no frame to count.
create table study_population (
    study_id varchar(20) not null references study (id) on delete cascade,
    dimension varchar(64) not null,
    category varchar(200) not null,
    people integer not null,
    primary key (study_id, dimension, category)
);
