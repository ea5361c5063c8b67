-- A collaboration project (協働事業) from the problem to the yearly review.
create table collaboration_project (
    id                   bigserial primary key,
    title                varchar(200) not null,
    problem              text         not null,
    evidence             text,
    field                varchar(20)  not null,
    origin               varchar(20)  not null check (origin in ('DEPARTMENT', 'PROPOSAL')),
    proposal_id          bigint,
    raised_by            varchar(64)  not null,
    department_group     varchar(64)  not null,
    partner_group_id     bigint references civic_group (id),
    collaboration_form   varchar(30),
    status               varchar(30)  not null,
    project_year         integer      not null default 1 check (project_year >= 1),
    max_years            integer      not null check (max_years >= 1),
    fiscal_year          integer      not null,
    process_instance_id  varchar(64),
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              integer      not null default 0
);
create index collaboration_project_department_idx on collaboration_project (department_group);
create index collaboration_project_partner_idx on collaboration_project (partner_group_id);
create unique index collaboration_project_proposal_idx on collaboration_project (proposal_id) where proposal_id is not null;

-- 補助: the grant decision of a project year.
create table project_grant (
    id            bigserial primary key,
    project_id    bigint      not null references collaboration_project (id),
    fiscal_year   integer     not null,
    project_year  integer     not null,
    amount_yen    bigint      not null check (amount_yen >= 0),
    period_from   date        not null,
    period_to     date        not null,
    conditions    text,
    decided_by    varchar(64) not null,
    decided_at    timestamptz not null default now(),
    check (period_from <= period_to)
);

-- 委託: the contract record of a project year.
create table project_contract (
    id               bigserial primary key,
    project_id       bigint       not null references collaboration_project (id),
    fiscal_year      integer      not null,
    project_year     integer      not null,
    contract_number  varchar(50)  not null,
    amount_yen       bigint       not null check (amount_yen >= 0),
    period_from      date         not null,
    period_to        date         not null,
    summary          text,
    recorded_by      varchar(64)  not null,
    recorded_at      timestamptz  not null default now(),
    check (period_from <= period_to)
);

-- 事業実施: progress notes and the mid-term review (中間ふりかえり).
create table project_progress (
    id            bigserial primary key,
    project_id    bigint      not null references collaboration_project (id),
    project_year  integer     not null,
    kind          varchar(20) not null check (kind in ('PROGRESS', 'MIDTERM_REVIEW')),
    note          text        not null,
    issues        text,
    adjustments   text,
    recorded_by   varchar(64) not null,
    recorded_at   timestamptz not null default now()
);

-- 見直し: the yearly continue / improve / end decision.
create table project_review (
    id            bigserial primary key,
    project_id    bigint      not null references collaboration_project (id),
    project_year  integer     not null,
    decision      varchar(30) not null check (decision in ('CONTINUE', 'IMPROVE_AND_CONTINUE', 'END')),
    reason        text        not null,
    lessons       text,
    decided_by    varchar(64) not null,
    decided_at    timestamptz not null default now(),
    unique (project_id, project_year)
);
