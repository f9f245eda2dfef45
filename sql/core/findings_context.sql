-- findings_context: the facts as the consistency rules last read them (rules.prepare: where each sits
-- in its text, the interval of its printed number, its document's file and date) and the md5 of its
-- document's text, and the version of the code that computed them; written with consistency_findings, so that the next run re-checks only what
-- changed (assets/check/incremental.py). Internal, not for analysts. Key: fact_id.
create table if not exists findings_context (
    fact_id varchar not null,
    doc_id varchar not null,
    metric varchar not null,
    value double not null,
    value_max double,
    unit varchar not null,
    qualifier varchar not null,
    year integer,
    period varchar,
    province varchar,
    province_2025 varchar,
    district varchar,
    plan_pct double,
    plan_value double,
    yoy_pct double,
    evidence varchar not null,
    span_start integer not null,
    span_end integer not null,
    extractor_version varchar not null,
    para_no bigint,
    sent_no bigint,
    sentence varchar,
    low double,
    high double,
    plan_pct_text double,
    prev_text double,
    prev_low double,
    prev_high double,
    fraction_is_plan boolean,
    source_path varchar,
    published_date date,
    text_md5 varchar,
    context_version varchar not null
);
