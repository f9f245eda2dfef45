-- int_facts_chosen: one reported value per province_2025, province, district, metric, period and year
-- (actuals and estimates only). Rule: an actual beats an estimate, then the latest published
-- document wins, then the lowest fact_id. The other reports stay visible in alternatives.
-- Key: province_2025, province, district, metric, period, year.
with reported as (
    select * from stg_facts
    where qualifier in ('actual', 'estimate') and year is not null and period is not null
),

ranked as (
    select
        *,
        row_number() over (
            partition by province_2025, province, district, metric, period, year
            order by (qualifier = 'actual') desc, published_date desc nulls last, fact_id
        ) as choice,
        count(*) over (partition by province_2025, province, district, metric, period, year) as reports,
        list(value) over (partition by province_2025, province, district, metric, period, year) as alternatives,
        list(doc_id) over (partition by province_2025, province, district, metric, period, year) as all_doc_ids,
    from reported
),

final as (
    select * exclude (choice) from ranked where choice = 1
)

select * from final
