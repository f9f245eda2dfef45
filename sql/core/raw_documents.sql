-- raw_documents: one row per input file, as read. Key: source_path.
create table if not exists raw_documents (
    doc_id varchar not null,
    source_path varchar not null,
    size_bytes bigint not null,
    modified_at timestamp with time zone,
    content blob,
    read_error varchar,
    -- the address sources.csv gives for this file (NULL when it lists none)
    listed_url varchar
);
