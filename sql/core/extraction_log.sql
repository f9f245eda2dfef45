-- extraction_log: which (document, extractor version) pairs have been extracted, including
-- documents that yielded no fact, so an incremental run knows what it may skip. Key: doc_id.
create table if not exists extraction_log (
    doc_id varchar not null,
    input_version varchar not null,
    fact_count integer not null
);
