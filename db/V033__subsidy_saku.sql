-- Saku まちづくり活動支援金: versioned yearly rules, calls, applications with their decisions (each version kept),
-- a money ledger per application, official documents (PDF), advances, changes, consultations and the yearly award.

create table subsidy_rules (
    id           bigserial primary key,
    fiscal_year  integer     not null,
    version_no   integer     not null,
    rules        jsonb       not null,
    created_at   timestamptz not null default now(),
    unique (fiscal_year, version_no)
);

create table subsidy_call (
    id                   bigserial primary key,
    title                varchar(200) not null,
    fiscal_year          integer      not null,
    rules_id             bigint       not null references subsidy_rules (id),
    opens_at             timestamptz  not null,
    closes_at            timestamptz  not null,
    committee            jsonb        not null,
    status               varchar(20)  not null check (status in ('OPEN', 'CLOSED', 'REVIEWING', 'DONE')),
    committee_round_id   bigint,
    process_instance_id  varchar(64),
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null default now(),
    version              integer      not null default 0,
    check (opens_at < closes_at)
);

create table subsidy_consultation (
    id           bigserial primary key,
    group_id     bigint       not null,
    fiscal_year  integer      not null,
    held_on      date         not null,
    counterpart  varchar(20)  not null check (counterpart in ('COORDINATOR', 'SUPPORT_CENTRE')),
    attendees    varchar(300),
    summary      text         not null,
    recorded_by  varchar(64)  not null,
    created_at   timestamptz  not null default now()
);
create index subsidy_consultation_group_idx on subsidy_consultation (group_id, fiscal_year);

create table subsidy_application (
    id                   bigserial primary key,
    call_id              bigint       not null references subsidy_call (id),
    rules_id             bigint       not null references subsidy_rules (id),
    group_id             bigint       not null,
    programme_code       varchar(40)  not null,
    track_code           varchar(20)  not null,
    status               varchar(20)  not null
        check (status in ('SUBMITTED', 'SENT_BACK', 'REFUSED', 'IN_REVIEW', 'NOT_GRANTED', 'GRANTED', 'REPORTED',
                          'FINALISED', 'PAYMENT_REQUESTED', 'PAID', 'REPAYMENT_DUE', 'REPAID', 'SETTLED', 'CANCELLED')),
    content              jsonb        not null,
    findings             jsonb        not null default '[]',
    requested_yen        bigint       not null check (requested_yen >= 0),
    eligible_yen         bigint       not null default 0,
    max_yen              bigint       not null default 0,
    max_working          text,
    granted_yen          bigint,
    decision_version     integer      not null default 0,
    decided_on           date,
    review_result        text,
    report               jsonb,
    report_due           date,
    actual_eligible_yen  bigint,
    final_yen            bigint,
    final_working        text,
    advanced_yen         bigint       not null default 0,
    paid_yen             bigint       not null default 0,
    repay_yen            bigint       not null default 0,
    repaid_yen           bigint       not null default 0,
    repay_due            date,
    status_reason        text,
    process_instance_id  varchar(64),
    submitted_by         varchar(64)  not null,
    submitted_at         timestamptz  not null,
    updated_at           timestamptz  not null default now(),
    version              integer      not null default 0
);
create index subsidy_application_group_idx on subsidy_application (group_id);
create index subsidy_application_call_idx on subsidy_application (call_id, status);

create table subsidy_document (
    id               bigserial primary key,
    application_id   bigint       not null references subsidy_application (id),
    kind             varchar(30)  not null check (kind in ('GRANT_DECISION', 'AMOUNT_FINALISATION', 'REPAYMENT_ORDER')),
    document_number  varchar(40)  not null unique,
    issued_on        date         not null,
    pdf              bytea        not null,
    created_at       timestamptz  not null default now()
);
create index subsidy_document_application_idx on subsidy_document (application_id);

-- document numbers count per prefix and fiscal year (佐広第1号, 佐広第2号, …), taken under a row lock
create table subsidy_document_counter (
    prefix       varchar(20) not null,
    fiscal_year  integer     not null,
    last_no      integer     not null,
    primary key (prefix, fiscal_year)
);

create table subsidy_decision (
    id              bigserial primary key,
    application_id  bigint      not null references subsidy_application (id),
    version_no      integer     not null,
    granted_yen     bigint      not null check (granted_yen >= 0),
    eligible_yen    bigint      not null,
    max_yen         bigint      not null,
    requested_yen   bigint      not null,
    working         text        not null,
    reason          text,
    lines           jsonb       not null,
    document_id     bigint references subsidy_document (id),
    decided_by      varchar(64) not null,
    decided_on      date        not null,
    created_at      timestamptz not null default now(),
    unique (application_id, version_no)
);

create table subsidy_ledger (
    id                bigserial primary key,
    application_id    bigint      not null references subsidy_application (id),
    kind              varchar(30) not null
        check (kind in ('GRANTED', 'REGRANTED', 'ADVANCE_PAID', 'FINALISED', 'PAID', 'REPAYMENT_ORDERED', 'REPAID')),
    amount_yen        bigint      not null,
    decision_version  integer,
    occurred_on       date        not null,
    rules_id          bigint      not null references subsidy_rules (id),
    working           text,
    document_id       bigint references subsidy_document (id),
    actor             varchar(64) not null,
    recorded_at       timestamptz not null default now()
);
create index subsidy_ledger_application_idx on subsidy_ledger (application_id, id);

create table subsidy_advance (
    id              bigserial primary key,
    application_id  bigint      not null references subsidy_application (id),
    requested_yen   bigint      not null check (requested_yen > 0),
    status          varchar(20) not null check (status in ('REQUESTED', 'PAID')),
    requested_by    varchar(64) not null,
    requested_at    timestamptz not null,
    paid_on         date,
    paid_by         varchar(64)
);

create table subsidy_change (
    id               bigserial primary key,
    application_id   bigint      not null references subsidy_application (id),
    kind             varchar(20) not null check (kind in ('MINOR', 'APPROVAL')),
    status           varchar(20) not null check (status in ('RECORDED', 'PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    reason           text        not null,
    content_changed  boolean     not null,
    plan_change      text,
    lines            jsonb       not null,
    old_total_yen    bigint      not null,
    new_total_yen    bigint      not null,
    granted_yen      bigint,
    decision_reason  text,
    requested_by     varchar(64) not null,
    requested_at     timestamptz not null,
    decided_by       varchar(64),
    decided_at       timestamptz
);

create table subsidy_award (
    id                   bigserial primary key,
    fiscal_year          integer     not null,
    status               varchar(20) not null check (status in ('IN_REVIEW', 'PUBLISHED')),
    committee            jsonb       not null,
    committee_round_id   bigint,
    process_instance_id  varchar(64),
    created_by           varchar(64) not null,
    created_at           timestamptz not null default now(),
    published_at         timestamptz
);

create table subsidy_award_entry (
    id              bigserial primary key,
    award_id        bigint       not null references subsidy_award (id),
    application_id  bigint       not null references subsidy_application (id),
    position        integer      not null,
    rank_label      varchar(40)  not null,
    score           varchar(20),
    unique (award_id, application_id)
);
