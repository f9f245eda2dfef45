-- documents: one row per input file after cleaning. Key: source_path.
create table if not exists documents (
    doc_id varchar not null,
    source_path varchar not null,
    status varchar not null,
    quarantine_reason varchar,
    duplicate_of varchar,
    encoding_detected varchar,
    title varchar,
    published_date date,
    org_name varchar,
    org_level varchar,
    province varchar,
    province_2025 varchar,
    district varchar,
    author varchar,
    text varchar,
    text_chars integer,
    clean_version varchar not null,
    -- where the page came from: its own canonical/og:url address, else its sources.csv line
    source_url varchar,
    -- the publishing site: the host of source_url, else the masthead or byline naming the site
    site varchar,
    -- the sources.csv address this row was cleaned with (a changed line cleans the file again)
    listed_url varchar
);
