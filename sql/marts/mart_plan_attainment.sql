-- mart_plan_attainment: one row per target with what was achieved: a target of its own (a fact whose qualifier is
-- 'target') against the actual reported for the same province, district, metric and year; or the plan figure a report
-- gave beside its result ("đạt 100,5% kế hoạch (kế hoạch 33.000 người)", facts.plan_value) against that very result.
-- target_stated says which. Attainment computed, beside the plan_pct the report gave. Key: target_fact_id.
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

own_targets as (
    select
        t.fact_id as target_fact_id,
        'target' as target_stated,
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
        a.plan_pct as reported_plan_pct,
        t.doc_id as target_doc_id,
        a.doc_id as actual_doc_id,
        t.source_path as target_source_path,
        a.source_path as actual_source_path,
    from targets t
    left join actuals a
        on a.choice = 1
        and a.province_2025 is not distinct from t.province_2025
        and a.province is not distinct from t.province
        and a.district is not distinct from t.district
        and a.metric = t.metric
        and a.year = t.year
),

-- The plan a result was measured against, stated with it: the result is its actual (keyed by the result's fact).
plans_beside_results as (
    select
        fact_id as target_fact_id,
        'with_actual' as target_stated,
        province_2025,
        province,
        district,
        metric,
        unit,
        year,
        period as target_period,
        plan_value as target_value,
        null::double as target_value_max,
        value as actual_value,
        period as actual_period,
        qualifier as actual_qualifier,
        plan_pct as reported_plan_pct,
        doc_id as target_doc_id,
        doc_id as actual_doc_id,
        source_path as target_source_path,
        source_path as actual_source_path,
    from actuals
    where plan_value is not null
),

final as (
    select
        p.* exclude (reported_plan_pct, target_doc_id, actual_doc_id, target_source_path, actual_source_path),
        round(p.actual_value * 100 / nullif(p.target_value, 0), 2) as attainment_pct,
        p.reported_plan_pct,
        p.target_doc_id,
        p.actual_doc_id,
        p.target_source_path,
        p.actual_source_path,
        -- For BI tools: the target's period as dates (a time axis).
        make_date(p.year, pr.first_month, 1) as period_start,
        last_day(make_date(p.year, pr.last_month, 1)) as period_end,
    from (select * from own_targets union all by name select * from plans_beside_results) p
    left join stg_periods pr on pr.period = p.target_period
)

select * from final
