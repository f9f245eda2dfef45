-- duplicate_signatures: how duplicate detection sees each ok document (internal): a fingerprint of its
-- words, its MinHash and the MinHash's LSH band keys, a hash of the figures it prints (a near-copy with other
-- figures is another report), so an incremental run looks up only the
-- documents that could match a new one instead of re-reading every text. Key: doc_id.
create table if not exists duplicate_signatures (
    doc_id varchar not null,
    fingerprint varchar not null,
    minhash ubigint[] not null,
    bands varchar[] not null,
    figures varchar
);
