-- 签名检查点: signed tree heads, made by the Checkpointer. This table is also the anchoring queue (outbox):
-- a checkpoint without a receipt for an anchor type is still to be anchored there.
create table ledger_checkpoint (
    tree_size      bigint       not null primary key,
    origin         varchar(200) not null,
    root_hash      varchar(64)  not null,
    hash_algorithm varchar(16)  not null,
    signature      varchar(200) not null,
    public_key     varchar(200) not null,
    created_at     timestamp with time zone not null
);

-- 锚定回执: where each checkpoint was anchored (local chain position, or Fabric transaction and block).
create table ledger_anchor_receipt (
    tree_size   bigint       not null,
    anchor_type varchar(32)  not null,
    tx_id       varchar(200) not null,
    block_number bigint,
    anchored_at timestamp with time zone not null,
    constraint ledger_anchor_receipt_pk primary key (tree_size, anchor_type),
    constraint ledger_anchor_receipt_checkpoint_fk foreign key (tree_size) references ledger_checkpoint (tree_size)
);

-- 本地锚定链: the embedded anchor. Each row carries the hash of the previous row, so removing or changing an
-- anchored checkpoint breaks the chain; chain_hash is the receipt's txId and chain_position its block.
create table ledger_local_anchor (
    chain_position        bigint       not null primary key,
    origin                varchar(200) not null,
    tree_size             bigint       not null,
    root_hash             varchar(64)  not null,
    hash_algorithm        varchar(16)  not null,
    signature             varchar(200) not null,
    public_key            varchar(200) not null,
    checkpoint_created_at timestamp with time zone not null,
    previous_hash         varchar(64)  not null,
    chain_hash            varchar(64)  not null,
    anchored_at           timestamp with time zone not null,
    constraint ledger_local_anchor_size_uk unique (origin, tree_size),
    constraint ledger_local_anchor_chain_uk unique (chain_hash)
);
