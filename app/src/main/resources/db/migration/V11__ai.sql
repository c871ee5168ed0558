-- 数据分级 of each case: its type's floor when opened, raised (never below the floor) by the owning department.
alter table case_file add column classification varchar(16);

-- 模型调用记录: every AI request, answered or not, with where it went and why; the prompt as a model outside
-- the network would see it (personal data redacted), never the raw one.
create table ai_call (
    id                varchar(36)  primary key,
    called_at         timestamp with time zone not null,
    task              varchar(40)  not null,
    prompt            varchar(60)  not null,
    classification    varchar(16)  not null,
    model             varchar(64),
    routing           varchar(200) not null,
    case_id           varchar(32),
    outcome           varchar(16)  not null,
    latency_ms        bigint       not null,
    prompt_tokens     integer      not null,
    completion_tokens integer      not null,
    attempts          integer      not null,
    redactions        integer      not null,
    redacted_prompt   varchar(20000),
    error             varchar(500)
);
create index ai_call_recent on ai_call (called_at);
create index ai_call_case on ai_call (case_id, called_at);

-- AI建议: what an AI step suggested for a case, and what the officer then decided (accepted, edited, rejected).
create table ai_suggestion (
    id             varchar(36)  primary key,
    case_id        varchar(32)  not null references case_file (case_id),
    process_instance_id varchar(64),
    activity_id    varchar(64)  not null,
    task           varchar(40)  not null,
    field          varchar(64)  not null,
    call_id        varchar(36)  references ai_call (id),
    model          varchar(64),
    fallback       boolean      not null,
    notice         varchar(200),
    prompt         varchar(60)  not null,
    content        varchar(100000) not null,
    content_sha256 varchar(64)  not null,
    unresolved_citations integer not null,
    created_at     timestamp with time zone not null,
    decision       varchar(16),
    decided_by     varchar(64),
    decided_in     varchar(64),
    decided_at     timestamp with time zone,
    final_content  varchar(100000),
    diff           varchar(100000)
);
create index ai_suggestion_case on ai_suggestion (case_id, created_at);
