-- mart_province_year: one row per province_2025, province and year, one column per main metric
-- (province-wide figures for the whole year only: a quarter's or half-year's figure beside full years would read as a
-- collapse on a chart; part-year figures are in mart_metric_yoy with their period).
-- chosen_because: for each metric that several reports give, which one was taken and why.
-- Read from the stored mart_metric_yoy (one row per chosen figure, as int_facts_chosen gives them), built before it.
-- Key: province_2025, province, year.
with chosen as (
    -- the main metrics only: a province and year with none of them, only others, is no row of this table
    select *
    from mart_metric_yoy
    where district is null and province is not null and period = 'FY' and metric in (
        'jobs_created', 'labour_export', 'vocational_enrolment', 'trained_labour_rate', 'unemployment_rate',
        'poverty_rate', 'poor_households', 'social_allowance_recipients', 'meritorious_housing',
        'covid_support_recipients'
    )
),

final as (
    select
        province_2025,
        province,
        year,
        string_agg(metric || ': ' || chosen_because, '; ' order by metric)
            filter (where len(alternatives) > 1) as chosen_because,
        max(value) filter (where metric = 'jobs_created') as jobs_created,
        max(value) filter (where metric = 'labour_export') as labour_export,
        max(value) filter (where metric = 'vocational_enrolment') as vocational_enrolment,
        max(value) filter (where metric = 'trained_labour_rate') as trained_labour_rate,
        max(value) filter (where metric = 'unemployment_rate') as unemployment_rate,
        max(value) filter (where metric = 'poverty_rate') as poverty_rate,
        max(value) filter (where metric = 'poor_households') as poor_households,
        max(value) filter (where metric = 'social_allowance_recipients') as social_allowance_recipients,
        max(value) filter (where metric = 'meritorious_housing') as meritorious_housing,
        max(value) filter (where metric = 'covid_support_recipients') as covid_support_recipients,
        -- For BI tools: the year as dates (a time axis).
        make_date(year, 1, 1) as period_start,
        make_date(year, 12, 31) as period_end,
    from chosen
    group by province_2025, province, year
)

select * from final
