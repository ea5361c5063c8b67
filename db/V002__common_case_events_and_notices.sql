-- Audit trail of every decision in our own tables (who, when, what, why), across modules.
create table case_event (
    id           bigserial primary key,
    case_type    varchar(40)  not null,
    case_id      bigint       not null,
    step         varchar(60)  not null,
    outcome      varchar(60)  not null,
    reason       text,
    amount_yen   bigint,
    actor        varchar(64),
    occurred_at  timestamptz  not null default now()
);
create index case_event_case_idx on case_event (case_type, case_id, occurred_at);

-- Notices to a person (USER) or to everyone acting for a group/role (GROUP). E-mail delivery comes later.
create table notice (
    id              bigserial primary key,
    recipient_type  varchar(10)  not null check (recipient_type in ('USER', 'GROUP')),
    recipient_id    varchar(64)  not null,
    kind            varchar(40)  not null,
    title           varchar(200) not null,
    body            text         not null,
    case_type       varchar(40),
    case_id         bigint,
    created_at      timestamptz  not null default now(),
    read_at         timestamptz
);
create index notice_recipient_idx on notice (recipient_type, recipient_id, created_at desc);

-- One reminder and one escalation per open task at most.
create table task_reminder (
    task_id   varchar(64) not null,
    kind      varchar(20) not null check (kind in ('REMINDER', 'ESCALATION')),
    sent_at   timestamptz not null default now(),
    primary key (task_id, kind)
);
