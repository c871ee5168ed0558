-- 合同审查: the files a contract case reviewed (text extracted once per file, kept SM4-encrypted in object storage),
-- each round of automatic review with its findings, and every 会审/签批 decision on them (历史风险案例库 reads these).
create table contract_source (
    id            varchar(36)  primary key,
    case_id       varchar(32)  not null references case_file (case_id),
    role          varchar(16)  not null,          -- contract | award
    attachment_id varchar(36),
    file_name     varchar(200) not null,
    content_type  varchar(120) not null,
    sha256        varchar(64)  not null,
    text_key      varchar(200) not null,
    pages         integer      not null,
    method        varchar(16)  not null,
    warnings      varchar(2000),
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamp with time zone not null,
    current_version boolean    not null
);
create index contract_source_case on contract_source (case_id, role);
create index contract_source_sha on contract_source (sha256);

create table contract_review (
    id            varchar(36)  primary key,
    case_id       varchar(32)  not null references case_file (case_id),
    round_no      integer      not null,
    source_id     varchar(36)  not null references contract_source (id),
    award_id      varchar(36)  references contract_source (id),
    title         varchar(300),
    party_a       varchar(300),
    party_b       varchar(300),
    total_amount  numeric(20, 2),
    contract_kind varchar(16)  not null,          -- goods | services | works
    level         varchar(8)   not null,
    score         integer      not null,
    method        varchar(16)  not null,
    method_note   varchar(300),
    parsed        text         not null,          -- parties, amounts, clauses as JSON
    reviewed_at   timestamp with time zone not null,
    report_key    varchar(200),
    report_sha256 varchar(64),
    report_at     timestamp with time zone,
    unique (case_id, round_no)
);

create table contract_finding (
    id            varchar(36)  primary key,
    review_id     varchar(36)  not null references contract_review (id),
    case_id       varchar(32)  not null references case_file (case_id),
    seq           integer      not null,
    rule_id       varchar(64)  not null,
    severity      varchar(8)   not null,
    clause        varchar(200),
    excerpt       varchar(2000),
    start_pos     integer,
    end_pos       integer,
    message       varchar(2000) not null,
    suggestion    varchar(2000),
    statute       varchar(100),
    article       varchar(50),
    part          varchar(50),
    citation      varchar(300),
    kb_statute    varchar(100),
    kb_article    varchar(50),
    verified      boolean      not null,
    source        varchar(8)   not null,          -- rule | model
    consistency   boolean      not null
);
create index contract_finding_review on contract_finding (review_id, seq);
create index contract_finding_rule on contract_finding (rule_id);

create table contract_decision (
    id            varchar(36)  primary key,
    case_id       varchar(32)  not null references case_file (case_id),
    review_id     varchar(36)  not null references contract_review (id),
    finding_id    varchar(36)  references contract_finding (id),
    part          varchar(16)  not null,          -- legal | finance | business | leader
    decision      varchar(16)  not null,          -- accept | override | agree | return | approve
    opinion       varchar(2000),
    user_id       varchar(64)  not null,
    user_name     varchar(100),
    department    varchar(64),
    decided_at    timestamp with time zone not null
);
create index contract_decision_case on contract_decision (case_id, review_id);
create index contract_decision_finding on contract_decision (finding_id);
