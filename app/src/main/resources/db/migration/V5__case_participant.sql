-- 参办科室: departments that hold or held a task on a case they do not own. Kept apart from case_task so that case
-- search reads "owned" and "took part" as two indexed lists instead of scanning every case for an EXISTS.
create table case_participant (
    department      varchar(64) not null,
    case_id         varchar(32) not null references case_file (case_id),
    case_created_at timestamp with time zone not null,
    primary key (department, case_id)
);
create index case_participant_created on case_participant (department, case_created_at);

insert into case_participant (department, case_id, case_created_at)
select distinct t.department, t.case_id, c.created_at
from case_task t join case_file c on c.case_id = t.case_id
where t.department <> c.department;
