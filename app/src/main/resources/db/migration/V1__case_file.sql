-- 案号序列: shared by every case type; the prefix and year make the number readable.
create sequence case_number_seq start with 1;

-- 案卷登记: one row per case of any type; the case's own data lives in its feature's tables.
create table case_file (
    case_id             varchar(32)  primary key,
    case_type           varchar(32)  not null,
    process_key         varchar(64)  not null,
    process_instance_id varchar(64),
    department          varchar(64)  not null,
    initiator           varchar(64)  not null,
    title               varchar(200) not null,
    created_at          timestamp with time zone not null
);
create index case_file_department on case_file (department, created_at);
create index case_file_process_instance on case_file (process_instance_id);

-- 办理记录: who completed which task with which outcome and opinion (审批意见).
create table task_decision (
    task_id             varchar(64)  primary key,
    case_id             varchar(32)  not null references case_file (case_id),
    process_instance_id varchar(64)  not null,
    activity_id         varchar(64)  not null,
    activity_name       varchar(200),
    user_id             varchar(64)  not null,
    outcome             varchar(32)  not null,
    opinion             varchar(2000),
    decided_at          timestamp with time zone not null
);
create index task_decision_case on task_decision (case_id, decided_at);
