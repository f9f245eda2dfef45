-- stg_facts: one row per reviewed fact (corrections applied), with its document's publication date
-- and path. Key: fact_id.
with facts as (
    select * from facts_reviewed
),

docs as (
    select distinct on (doc_id) doc_id, published_date, source_path, title
    from documents
    where status = 'ok'
    order by doc_id, source_path
),

final as (
    select
        facts.*,
        docs.published_date,
        docs.source_path,
        docs.title as doc_title,
    from facts
    inner join docs on docs.doc_id = facts.doc_id
)

select * from final
