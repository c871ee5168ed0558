-- 材料/附件 of any case type: stored once per content in object storage (by SHA-256), versioned by replacement.
create table case_attachment (
    id           varchar(36)  primary key,
    case_id      varchar(32)  not null references case_file (case_id),
    task_id      varchar(64),
    name         varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    object_key   varchar(200) not null,
    version      integer      not null,
    replaces     varchar(36)  references case_attachment (id),
    current_version boolean   not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamp with time zone not null
);
create index case_attachment_case on case_attachment (case_id, current_version);
