-- 市民提案型協働事業: the yearly call (round), pre-consultations, proposals, department opinions.
create table proposal_round (
    id                   bigserial primary key,
    title                varchar(200) not null,
    rules                jsonb        not null,
    review_config_id     bigint references review_config (id),
    committee            jsonb        not null default '[]'::jsonb,
    status               varchar(20)  not null default 'OPEN'
        check (status in ('OPEN', 'CLOSED', 'REVIEWING', 'DECIDED', 'DONE')),
    committee_round_id   bigint references review_round (id),
    budget_vote          varchar(20) check (budget_vote in ('APPROVED', 'REJECTED')),
    budget_vote_note     text,
    process_instance_id  varchar(64),
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null default now(),
    version              integer      not null default 0
);

create table pre_consultation (
    id                bigserial primary key,
    round_id          bigint       not null references proposal_round (id),
    group_id          bigint       not null references civic_group (id),
    held_on           date         not null,
    people            varchar(500) not null,
    department_group  varchar(64),
    notes             text,
    recorded_by       varchar(64)  not null,
    recorded_at       timestamptz  not null default now()
);
create index pre_consultation_group_idx on pre_consultation (round_id, group_id);

create table proposal (
    id                   bigserial primary key,
    round_id             bigint       not null references proposal_round (id),
    group_id             bigint       not null references civic_group (id),
    status               varchar(30)  not null,
    content              jsonb        not null,
    eligibility_reasons  jsonb        not null default '[]'::jsonb,
    decision_reason      text,
    correction_deadline  timestamptz,
    review_decision      varchar(30),
    conditions           text,
    project_id           bigint references collaboration_project (id),
    process_instance_id  varchar(64),
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null default now(),
    submitted_at         timestamptz,
    updated_at           timestamptz  not null default now(),
    version              integer      not null default 0
);
create index proposal_group_idx on proposal (group_id);
create index proposal_round_idx on proposal (round_id);

-- One proposal per group and round (where the round says so): the key makes a second submission fail even when two arrive at once.
create table proposal_submission_lock (
    round_id     bigint not null references proposal_round (id),
    group_id     bigint not null references civic_group (id),
    proposal_id  bigint not null references proposal (id),
    primary key (round_id, group_id)
);

create table proposal_attachment (
    id            bigserial primary key,
    proposal_id   bigint       not null references proposal (id) on delete cascade,
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    integer      not null,
    data          bytea        not null,
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamptz  not null default now()
);
create index proposal_attachment_proposal_idx on proposal_attachment (proposal_id);

create table department_opinion (
    id                   bigserial primary key,
    proposal_id          bigint      not null references proposal (id),
    department_group     varchar(64) not null,
    feasibility          varchar(20) not null check (feasibility in ('FEASIBLE', 'CONDITIONAL', 'DIFFICULT')),
    role_fit             varchar(20) not null check (role_fit in ('APPROPRIATE', 'NEEDS_ADJUSTMENT', 'INAPPROPRIATE')),
    budget_availability  varchar(20) not null check (budget_availability in ('AVAILABLE', 'PARTIAL', 'NOT_AVAILABLE')),
    comments             text,
    given_by             varchar(64) not null,
    given_at             timestamptz not null default now(),
    unique (proposal_id, department_group)
);

-- A project that comes from a scheme keeps the city share the scheme allowed (rules.md §3).
alter table collaboration_project add column city_share_limit_yen bigint check (city_share_limit_yen >= 0);
