-- mart_plan_attainment: one row per target (qualifier 'target') with the actual reported for the
-- same province, district, metric and year: attainment computed and the plan_pct the report gave.
-- Key: target_fact_id.
with targets as (
    select * from stg_facts where qualifier = 'target'
),

actuals as (
    select *,
        row_number() over (
            partition by province_2025, province, district, metric, year
            order by case when period = 'FY' then 0 when period = 'H1' then 6 when period = 'Q1' then 9 when regexp_matches(period, '^[0-9]+M$') then 12 - cast(rtrim(period, 'M') as integer) else 20 end,
                     published_date desc nulls last, fact_id
        ) as choice
    from stg_facts
    where qualifier in ('actual', 'estimate')
),

final as (
    select
        t.fact_id as target_fact_id,
        t.province_2025,
        t.province,
        t.district,
        t.metric,
        t.unit,
        t.year,
        t.period as target_period,
        t.value as target_value,
        t.value_max as target_value_max,
        a.value as actual_value,
        a.period as actual_period,
        a.qualifier as actual_qualifier,
        round(a.value * 100 / nullif(t.value, 0), 2) as attainment_pct,
        a.plan_pct as reported_plan_pct,
        t.doc_id as target_doc_id,
        a.doc_id as actual_doc_id,
        t.source_path as target_source_path,
        a.source_path as actual_source_path,
        -- For BI tools: the target's period as dates (a time axis).
        make_date(t.year, pr.first_month, 1) as period_start,
        last_day(make_date(t.year, pr.last_month, 1)) as period_end,
    from targets t
    left join stg_periods pr on pr.period = t.period
    left join actuals a
        on a.choice = 1
        and a.province_2025 is not distinct from t.province_2025
        and a.province is not distinct from t.province
        and a.district is not distinct from t.district
        and a.metric = t.metric
        and a.year = t.year
)

select * from final
