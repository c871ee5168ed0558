-- H2 has no partial or covering indexes; plain ones with the same leading columns serve the embedded default.
create index case_task_open_department on case_task (department, state, created_at);
create index case_task_done_by on case_task (completed_by, department, completed_at);
drop index if exists case_task_done;
