-- stg_periods: one row per period code of facts.period (CONTRACT §4): the first and last month it
-- covers, so the marts can give BI tools a time axis (period_start, period_end as DATEs).
-- 'nM' codes are the first n months cumulated; 'Mn' is the single month n. Key: period.
with named as (
    select * from (values
        ('FY', 1, 12), ('H1', 1, 6), ('H2', 7, 12), ('9M', 1, 9),
        ('Q1', 1, 3), ('Q2', 4, 6), ('Q3', 7, 9), ('Q4', 10, 12)
    ) as t (period, first_month, last_month)
),

single_months as (
    select 'M' || m as period, m as first_month, m as last_month from range(1, 13) as r (m)
),

first_months as (
    select m || 'M' as period, 1 as first_month, m as last_month
    from (select unnest([2, 4, 5, 7, 8, 10, 11]) as m)
),

final as (
    select period, first_month::integer as first_month, last_month::integer as last_month from named
    union all
    select period, first_month::integer, last_month::integer from single_months
    union all
    select period, first_month::integer, last_month::integer from first_months
)

select * from final
