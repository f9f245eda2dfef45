-- facts_reviewed: the facts with the analysts' corrections applied (rejected facts left out, fixed
-- fields changed, added facts in). The marts and the consistency rules read this table. Key: fact_id.
create table if not exists facts_reviewed (
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
    review_status varchar not null,
    correction_ids varchar[] not null
);
