-- 公文 发文 lifecycle: the remaining 版头 elements and routing of the draft, every saved version, the 发文字号
-- register (gap-free per 机关代字 and year, voided numbers kept), and the files each stage produced.
alter table document_draft add column direction varchar(16);
alter table document_draft add column copy_recipients varchar(1000);
alter table document_draft add column signer varchar(100);
alter table document_draft add column secrecy_period varchar(32);
alter table document_draft add column copy_number varchar(16);
alter table document_draft add column countersign_departments varchar(500);
alter table document_draft add column reader_departments varchar(500);
alter table document_draft add column override_reason varchar(1000);

create table document_version (
    case_id     varchar(32)  not null references case_file (case_id),
    version_no  integer      not null,
    activity_id varchar(64)  not null,
    saved_by    varchar(64)  not null,
    saved_at    timestamp with time zone not null,
    content     text         not null,
    sha256      varchar(64)  not null,
    primary key (case_id, version_no)
);

-- One row per 机关代字 and year: the next number to give. Its row lock serialises concurrent signings.
create table document_number_sequence (
    agency_code varchar(32) not null,
    doc_year    integer     not null,
    next_no     integer     not null,
    primary key (agency_code, doc_year)
);

create table document_number (
    agency_code varchar(32)  not null,
    doc_year    integer      not null,
    seq         integer      not null,
    number      varchar(64)  not null,
    case_id     varchar(32)  not null references case_file (case_id),
    state       varchar(16)  not null,
    assigned_at timestamp with time zone not null,
    assigned_by varchar(64)  not null,
    voided_at   timestamp with time zone,
    voided_by   varchar(64),
    void_reason varchar(1000),
    primary key (agency_code, doc_year, seq)
);
create index document_number_case on document_number (case_id);

create table document_rendition (
    case_id    varchar(32)  not null references case_file (case_id),
    stage      varchar(16)  not null,
    kind       varchar(16)  not null,
    object_key varchar(200) not null,
    sha256     varchar(64)  not null,
    created_at timestamp with time zone not null,
    primary key (case_id, stage, kind)
);
