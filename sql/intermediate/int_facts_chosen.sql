-- int_facts_chosen: one reported value per province_2025, province, district, metric, period and year
-- (actuals and estimates only). Rule: a fact an analyst corrected or added beats an extracted one, then
-- an actual beats an estimate, then the latest published document wins; between reports of the same date (two
-- figures of one article among them) the larger count is shown, as a total holds its parts ("giải quyết việc làm cho
-- 21.000 người" over "tạo việc làm mới 8.000 người"), and of rates and levels (households, people on a list) the
-- first document's first-stated one; then the lowest fact_id. Two values of one report are a guess either way:
-- chosen_because says so and names both, for an analyst to check; except a count that rounds another of its report
-- (a headline's "gần 24.000" beside the body's 23.415: an approximator before it, within 5 %, more trailing zeros; counts
-- only, not sums of money, whose zeros are the unit's), where the exact one is shown.
-- The other reports stay visible in alternatives; chosen_because says in words which report was
-- taken over which, and why.
-- Key: province_2025, province, district, metric, period, year.
with settings as (
    -- Counts that stand at a time (a level, not a flow over the period): the larger is no total of the smaller.
    select ['poor_households', 'near_poor_households', 'social_allowance_recipients', 'drug_rehab_residents'] as levels
),

reported as (
    select stg_facts.*, settings.levels from stg_facts, settings
    where qualifier in ('actual', 'estimate') and year is not null and period is not null
),

-- Counts that round another count of the same report, place, metric and time. Trailing zeros of a count ("23.000": 3,
-- "23.415": 0) say how round the report printed it (not rates, nor sums of money, whose zeros are the unit's: đồng).
counts as (
    select fact_id, doc_id, metric, period, year, province_2025, province, district, value, evidence,
        length(digits) - length(rtrim(digits, '0')) as trailing_zeros
    from (select *, cast(cast(round(value) as hugeint) as varchar) as digits from reported
          where unit not in ('percent', 'pp', 'vnd'))
),

roundings as (
    select distinct a.fact_id
    from counts a
    join counts b
        on b.doc_id = a.doc_id and b.metric = a.metric and b.period = a.period and b.year = a.year
        and b.province_2025 is not distinct from a.province_2025 and b.province is not distinct from a.province
        and b.district is not distinct from a.district
    where a.trailing_zeros > b.trailing_zeros and b.value <> a.value and abs(a.value - b.value) <= 0.05 * b.value
        and regexp_matches(a.evidence, '(?i)(hơn|gần|khoảng|trên|xấp xỉ)\s+[0-9]')
),

flagged as (
    select *, fact_id in (select fact_id from roundings) as rounds_another from reported
),

ranked as (
    select
        *,
        row_number() over (
            partition by province_2025, province, district, metric, period, year
            order by (review_status <> 'extracted') desc, (qualifier = 'actual') desc, published_date desc nulls last,
                rounds_another,
                case when unit in ('percent', 'pp') or list_contains(levels, metric) then 0 else -value end, doc_id,
                span_start, fact_id
        ) as choice,
        -- the value as a Vietnamese page prints it, for chosen_because ("21.000", "1,94")
        case when unit in ('percent', 'pp') then replace(cast(value as varchar), '.', ',')
            else replace(format('{:,.0f}', value), ',', '.') end as printed,
    from flagged
),

-- Every report of a key once, in the order of the choice (the chosen value first): a list per key, not per row (a list
-- window gave each of a key's n rows its n values: at 100,000 pages, gigabytes for keys of a thousand reports).
reports_of as (
    select province_2025, province, district, metric, period, year, count(*) as figures,
        list(value order by choice) as alternatives, list(doc_id order by choice) as all_doc_ids,
        list(source_path order by choice) as all_source_paths
    from ranked
    group by all
),

-- The report that would have been taken next: what the choice was made against.
runner_up as (
    select * from ranked where choice = 2
),

final as (
    select
        c.* exclude (choice, levels, printed, rounds_another),
        g.alternatives,
        g.all_doc_ids,
        g.all_source_paths,
        -- documents, not facts: one article may state a figure twice (its headline and its body)
        len(list_distinct(g.all_doc_ids)) as reports,
        case
            when g.figures = 1 then 'the only report: ' || c.source_path
            when len(list_distinct(g.alternatives)) = 1
                then g.figures || ' mentions in ' || reports || ' report(s) give the same value; shown from '
                    || c.source_path
            when c.review_status <> 'extracted' and r.review_status = 'extracted' and c.doc_id = r.doc_id
                then 'corrected by an analyst (' || c.review_status || '): ' || c.printed || ' over the extracted '
                    || r.printed || ' in ' || c.source_path
            when c.review_status <> 'extracted' and r.review_status = 'extracted'
                then 'corrected by an analyst (' || c.review_status || '): ' || c.source_path || ' over '
                    || r.source_path
            when c.qualifier = 'actual' and r.qualifier = 'estimate'
                then 'an actual figure beats an estimate: ' || c.source_path || ' over ' || r.source_path
            when c.published_date > r.published_date or (c.published_date is not null and r.published_date is null)
                then 'later publication: ' || c.source_path || ' (' || c.published_date || ') over '
                    || r.source_path || ' (' || coalesce(cast(r.published_date as varchar), 'no date') || ')'
            when r.rounds_another and c.doc_id = r.doc_id and not c.rounds_another
                then 'the report gives a figure and a rounding of it (a headline''s, most often); the exact one is shown: '
                    || c.printed || ' over ' || r.printed || ' in ' || c.source_path
            when c.unit not in ('percent', 'pp') and not list_contains(c.levels, c.metric) and c.value > r.value
                    and c.doc_id = r.doc_id
                then 'the report gives ' || (case when g.figures > 2 then g.figures::varchar else 'two' end)
                    || (case when c.unit = 'vnd' then ' amounts' else ' counts' end)
                    || '; the largest is shown (a total holds its parts; check which the report means): '
                    || c.printed || ' over ' || r.printed || (case when g.figures > 2 then ' and others (see alternatives)'
                    else '' end) || ' in ' || c.source_path
            when c.unit not in ('percent', 'pp') and not list_contains(c.levels, c.metric) and c.value > r.value
                then 'reports of the same date disagree; the larger count: ' || c.printed || ' in ' || c.source_path
                    || ' over ' || r.printed || ' in ' || r.source_path
            when c.doc_id = r.doc_id
                then 'the report gives two values; the one stated first is shown (check which the report means): '
                    || c.printed || ' over ' || r.printed || ' in ' || c.source_path
            else 'reports of the same date disagree; the first by document id is shown: ' || c.source_path || ' over '
                || r.source_path
        end as chosen_because,
    from ranked c
    join reports_of g
        on g.province_2025 is not distinct from c.province_2025
        and g.province is not distinct from c.province
        and g.district is not distinct from c.district
        and g.metric = c.metric
        and g.period = c.period
        and g.year = c.year
    left join runner_up r
        on r.province_2025 is not distinct from c.province_2025
        and r.province is not distinct from c.province
        and r.district is not distinct from c.district
        and r.metric = c.metric
        and r.period = c.period
        and r.year = c.year
    where c.choice = 1
)

select * from final
