-- mart_metric_yoy: one row per province_2025, province, district (NULL: province-wide), metric,
-- period and year: the chosen value against the same period of the previous year.
-- prev_source: 'reported' when the warehouse holds last year's fact, 'implied' when it comes only
-- from a "so với cùng kỳ" percentage of this year's report. prev_qualifier: whether last year's figure was an actual
-- or an estimate (a change from an estimate is only as good as the estimate). chosen_because: which report's value
-- was taken when several give one, and why. doc_ids: the documents that reported it; source_paths: the file of each
-- figure of alternatives, in the same order (one file twice when it states two figures). Key: the grain above.
-- (the chosen facts computed once: both sides of the join read them)
with current_year as materialized (
    select * from int_facts_chosen
),

previous_year as (
    select province_2025, province, district, metric, period, year + 1 as year, value as prev_value,
        qualifier as prev_qualifier
    from current_year
),

joined as (
    select
        c.province_2025,
        c.province,
        c.district,
        c.metric,
        c.unit,
        c.period,
        c.year,
        c.value,
        coalesce(p.prev_value, c.value * 100 / nullif(c.yoy_pct, 0)) as prev_value,
        case when p.prev_value is not null then 'reported'
             when c.yoy_pct is not null then 'implied' end as prev_source,
        p.prev_qualifier,
        c.qualifier,
        c.reports,
        c.alternatives,
        list_distinct(c.all_doc_ids) as doc_ids,
        c.all_source_paths as source_paths,
        c.chosen_because,
    from current_year c
    left join previous_year p
        on p.province_2025 is not distinct from c.province_2025
        and p.province is not distinct from c.province
        and p.district is not distinct from c.district
        and p.metric = c.metric
        and p.period = c.period
        and p.year = c.year
),

final as (
    select
        province_2025, province, district, metric, unit, period, year, value,
        chosen_because,
        round(prev_value, 2) as prev_value,
        round(value - prev_value, 2) as abs_change,
        round((value - prev_value) * 100 / nullif(prev_value, 0), 2) as pct_change,
        prev_source, prev_qualifier, qualifier, reports, alternatives, doc_ids, source_paths,
        -- For BI tools: the period as dates (a time axis), the lists also as ';'-joined text.
        make_date(year, pr.first_month, 1) as period_start,
        last_day(make_date(year, pr.last_month, 1)) as period_end,
        array_to_string(alternatives, ';') as alternatives_text,
        array_to_string(doc_ids, ';') as doc_ids_text,
        array_to_string(source_paths, ';') as source_paths_text,
    from joined
    left join stg_periods pr using (period)
)

select * from final
