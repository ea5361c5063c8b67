-- 行政提案型協働事業: a department's theme, its review and approval, the yearly call that publishes approved
-- themes (each publication of a theme is a proposals call of its own), the public Q&A, and the outcome.

create table theme (
    id                         bigserial primary key,
    fiscal_year                integer      not null,
    title                      varchar(200) not null,
    problem                    text         not null,
    desired_outcome            text         not null,
    expected_work              text         not null,
    budget_ceiling_yen         bigint       not null check (budget_ceiling_yen >= 0),
    funding_rate               integer      not null check (funding_rate between 1 and 100),
    period_from                date         not null,
    period_to                  date         not null,
    department_group           varchar(64)  not null,
    collaboration_form         varchar(40)  not null,
    pre_consultation_required  boolean      not null default false,
    status                     varchar(20)  not null
        check (status in ('IN_REVIEW', 'IN_APPROVAL', 'RETURNED', 'APPROVED', 'PUBLISHED', 'PARTNER_SELECTED',
                          'WITHDRAWN')),
    return_reason              text,
    returned_by                varchar(64),
    withdraw_reason            text,
    drafted_by                 varchar(64)  not null,
    approved_by                varchar(64),
    approved_at                timestamptz,
    process_instance_id        varchar(64),
    created_at                 timestamptz  not null default now(),
    updated_at                 timestamptz  not null default now(),
    version                    integer      not null default 0,
    check (period_from <= period_to)
);
create index theme_year_idx on theme (fiscal_year, status);

create table theme_call (
    id                   bigserial primary key,
    title                varchar(200) not null,
    fiscal_year          integer      not null,
    opens_at             timestamptz  not null,
    closes_at            timestamptz  not null,
    questions_close_at   timestamptz  not null,
    briefing_at          timestamptz,
    briefing_place       varchar(300),
    review_config_id     bigint       not null references review_config (id),
    committee            jsonb        not null,
    review_scope         varchar(10)  not null check (review_scope in ('THEME', 'CALL')),
    status               varchar(20)  not null check (status in ('OPEN', 'CLOSED', 'REVIEWING', 'DONE')),
    process_instance_id  varchar(64),
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null default now(),
    version              integer      not null default 0,
    check (opens_at < closes_at),
    check (questions_close_at <= closes_at)
);

-- One publication of a theme in a call; a re-published theme has a later one, the earlier stays as it was.
create table theme_publication (
    id                   bigserial primary key,
    call_id              bigint      not null references theme_call (id),
    theme_id             bigint      not null references theme (id),
    proposal_round_id    bigint      not null references proposal_round (id),
    committee_round_id   bigint      references review_round (id),
    outcome              varchar(20) check (outcome in ('SELECTED', 'REPUBLISHED', 'WITHDRAWN')),
    partner_proposal_id  bigint      references proposal (id),
    outcome_reason       text,
    decided_by           varchar(64),
    decided_at           timestamptz,
    unique (call_id, theme_id),
    unique (proposal_round_id)
);
create index theme_publication_theme_idx on theme_publication (theme_id);

-- A group's question about a published theme; the answer is published to everyone without the asker's name.
create table theme_question (
    id                   bigserial primary key,
    theme_id             bigint       not null references theme (id),
    publication_id       bigint       not null references theme_publication (id),
    group_id             bigint       not null references civic_group (id),
    asked_by             varchar(64)  not null,
    question             text         not null,
    asked_at             timestamptz  not null,
    answer               text,
    answered_by          varchar(64),
    answered_at          timestamptz,
    process_instance_id  varchar(64)
);
create index theme_question_theme_idx on theme_question (theme_id, id);

-- A call of the proposals module either is a citizen-proposed call or publishes one theme.
alter table proposal_round add column theme_id bigint references theme (id);
alter table proposal_round add column department_group varchar(64);
alter table proposal_round add column collaboration_form varchar(40);

-- A committee round may only rank (行政提案型: the approver selects the partner afterwards, in the scheme).
alter table review_round drop constraint review_round_purpose_check;
alter table review_round add constraint review_round_purpose_check
    check (purpose in ('SELECTION', 'EVALUATION', 'RANKING'));
