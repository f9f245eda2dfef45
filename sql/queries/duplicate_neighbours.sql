-- duplicate_neighbours: the accepted documents that could repeat a new one (the registered frame
-- "fresh"): same fingerprint or a shared LSH band, in the order they were accepted (first path first),
-- so the earliest copy stays the original. "stale" and "todo" are the paths being retired or redone.
with kept as (
    select doc_id, min(source_path) as first_path from documents
    where status = 'ok' and source_path not in (select source_path from stale)
      and source_path not in (select source_path from todo)
    group by doc_id
),
near as (
    select s.doc_id from duplicate_signatures s where s.fingerprint in (select fingerprint from fresh)
    union
    select s.doc_id from (select doc_id, unnest(bands) as band from duplicate_signatures) s
    where s.band in (select unnest(bands) from fresh)
)
select s.doc_id, s.fingerprint, s.minhash, s.figures from duplicate_signatures s join kept k using (doc_id)
where s.doc_id in (select doc_id from near) order by k.first_path
