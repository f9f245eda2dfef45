-- corrections_log: one row per line of the corrections file (MOLISA_CORRECTIONS) as of the last run:
-- what it asked, whether it applied, the fact it touched or why it could not apply. Key: line_no.
create table if not exists corrections_log (
    correction_id varchar not null,
    line_no integer not null,
    action varchar,
    source varchar,
    metric varchar,
    evidence varchar,
    field varchar,
    value varchar,
    applied boolean not null,
    fact_id varchar,
    problem varchar,
    note varchar,
    author varchar
);
