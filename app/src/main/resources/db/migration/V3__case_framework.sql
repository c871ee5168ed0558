-- 案件状态: kept on the registry so case search needs no engine query; set when the process instance ends.
alter table case_file add column state varchar(16) default 'running' not null;
alter table case_file add column closed_at timestamp with time zone;
create index case_file_type_state on case_file (case_type, state, created_at);

-- 案件环节: every user task of every case, as routed (the department it is visible to, its candidate groups)
-- and as finished. Written by task listeners inside the engine's transaction, so it never drifts from the
-- engine; the inbox, case search and cross-department visibility read it with plain indexed queries.
create table case_task (
    task_id             varchar(64)  primary key,
    case_id             varchar(32)  not null references case_file (case_id),
    process_instance_id varchar(64)  not null,
    process_key         varchar(64)  not null,
    activity_id         varchar(64)  not null,
    name                varchar(200),
    department          varchar(64)  not null,
    candidate_groups    varchar(500) not null,
    assignee            varchar(64),
    created_at          timestamp with time zone not null,
    due_at              timestamp with time zone,
    state               varchar(16)  not null,
    completed_at        timestamp with time zone,
    completed_by        varchar(64)
);
create index case_task_open on case_task (state, department, created_at);
create index case_task_assignee on case_task (assignee, state);
create index case_task_done on case_task (completed_by, completed_at);
create index case_task_case on case_task (case_id, department);

-- 办理记录 keeps the role the task was routed to and which fields the decision changed.
alter table task_decision add column role varchar(32);
alter table task_decision add column department varchar(64);
alter table task_decision add column edited_fields varchar(1000);
