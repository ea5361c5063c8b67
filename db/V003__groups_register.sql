create sequence civic_group_registration_seq start 1;

-- Applications to the register (市民活動団体登録申請); the content is what the group submitted.
create table group_application (
    id                   bigserial primary key,
    status               varchar(20)  not null
        check (status in ('SUBMITTED', 'SENT_BACK', 'REGISTERED', 'REFUSED', 'LAPSED')),
    applicant_user_id    varchar(64)  not null,
    process_instance_id  varchar(64),
    group_name           varchar(100) not null,
    content              jsonb        not null,
    eligibility_passed   boolean,
    eligibility_reasons  jsonb        not null default '[]'::jsonb,
    rules_snapshot       jsonb,
    decision_reason      text,
    correction_deadline  timestamptz,
    civic_group_id       bigint,
    submitted_at         timestamptz  not null default now(),
    decided_at           timestamptz,
    decided_by           varchar(64),
    version              integer      not null default 0
);
create index group_application_applicant_idx on group_application (applicant_user_id);

-- The register itself (市民活動団体名簿).
create table civic_group (
    id                    bigserial primary key,
    registration_number   varchar(20)  not null unique,
    name                  varchar(100) not null,
    group_type            varchar(20)  not null,
    representative_name   varchar(100) not null,
    contact_email         varchar(200) not null,
    contact_phone         varchar(50),
    base_address          varchar(300) not null,
    member_count          integer      not null check (member_count >= 0),
    founded_on            date,
    activity_fields       jsonb        not null default '[]'::jsonb,
    has_bylaws            boolean      not null,
    has_accounting        boolean      not null,
    status                varchar(20)  not null check (status in ('REGISTERED', 'LAPSED')),
    camunda_group_id      varchar(64)  not null unique,
    application_id        bigint       references group_application (id),
    registered_at         timestamptz  not null default now(),
    registered_by         varchar(64),
    valid_until           date,
    version               integer      not null default 0
);
create unique index civic_group_name_active_idx on civic_group (name) where status = 'REGISTERED';

-- Officers and members (役員・会員); read by the committee's conflict check.
create table group_person (
    id              bigserial primary key,
    civic_group_id  bigint       not null references civic_group (id) on delete cascade,
    person_name     varchar(100) not null,
    role_title      varchar(50),
    officer         boolean      not null,
    user_id         varchar(64)
);
create index group_person_group_idx on group_person (civic_group_id);
create index group_person_user_idx on group_person (user_id);
