-- Test-only case type (许可申请) that proves the case framework: its own table, like any feature's. Repeatable, so
-- it never sits between the app's versioned migrations on a reused test database.
create table if not exists test_permit (
    case_id       varchar(32) primary key references case_file (case_id),
    subject       varchar(100) not null,
    amount        numeric(14, 2),
    category      varchar(16) not null,
    legal_note    varchar(2000),
    internal_memo varchar(200)
);
