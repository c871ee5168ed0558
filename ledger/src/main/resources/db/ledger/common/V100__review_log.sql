-- 审核日志 (tamper-evident review log, RFC 9162 Merkle tree). Runs on PostgreSQL 15 and H2 2.x (MODE=PostgreSQL).
-- Every table here is append-only: the code has no UPDATE or DELETE, and on PostgreSQL a trigger refuses them.
-- Hashes are lowercase hex.

-- Which log this database holds; one row. The hash algorithm is part of the identity (see the origin).
create table ledger_log (
    id             smallint     not null primary key check (id = 1),
    origin         varchar(200) not null,
    hash_algorithm varchar(16)  not null,
    created_at     timestamp with time zone not null
);

-- One row per review record. entry is the exact RFC 8785 JSON whose UTF-8 bytes were hashed into the leaf;
-- record_id and case_id are copies for lookup, checked against entry by the auditor.
create table ledger_review_record (
    leaf_index  bigint       not null primary key,
    record_id   varchar(36)  not null,
    case_id     varchar(200) not null,
    entry       varchar      not null,
    recorded_at timestamp with time zone not null,
    constraint ledger_review_record_record_id_uk unique (record_id)
);

create index ledger_review_record_case_idx on ledger_review_record (case_id, leaf_index);

-- Hashes of complete (perfect, aligned) subtrees: tree_level 0 holds the leaf hashes, level L index i covers leaves
-- [i * 2^L, (i + 1) * 2^L). A subtree's hash never changes once complete, so proofs read O(log n) rows.
create table ledger_tree_node (
    tree_level smallint    not null,
    node_index bigint      not null,
    hash       varchar(64) not null,
    constraint ledger_tree_node_pk primary key (tree_level, node_index)
);
