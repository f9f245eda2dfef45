-- document_signatures: the duplicate-detection signature of each ok document (internal), kept so an
-- incremental run compares new documents with the accepted ones without re-reading their texts.
-- Key: doc_id.
create table if not exists document_signatures (
    doc_id varchar not null,
    fingerprint varchar not null,
    minhash ubigint[] not null
);
