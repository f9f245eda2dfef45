-- consistency_findings: one row per failed consistency rule. Key: finding_id.
create table if not exists consistency_findings (
    finding_id varchar not null,
    rule varchar not null,
    severity varchar not null,
    doc_id varchar,
    fact_ids varchar[],
    expected double,
    observed double,
    message varchar not null
);
