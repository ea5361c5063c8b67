-- Review rules as versioned data (rules.md §4): a round keeps the version it started with.
create table review_config (
    id          bigserial primary key,
    name        varchar(100) not null,
    version_no  integer      not null,
    rules       jsonb        not null,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null default now(),
    unique (name, version_no)
);

-- A committee round (審査会) for one or more proposals.
create table review_round (
    id                   bigserial primary key,
    title                varchar(200) not null,
    config_id            bigint       not null references review_config (id),
    rules                jsonb        not null,
    status               varchar(20)  not null
        check (status in ('PREPARED', 'CONFIRMING', 'SCORING', 'COMMENTING', 'DECIDING', 'DECIDED', 'CANCELLED')),
    recommendation       text,
    hearing_attempt      integer      not null default 1,
    process_instance_id  varchar(64),
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null default now(),
    decided_at           timestamptz,
    version              integer      not null default 0
);

-- The roster: members with their affiliations; one chair.
create table review_member (
    id            bigserial primary key,
    round_id      bigint       not null references review_round (id) on delete cascade,
    user_id       varchar(64)  not null,
    display_name  varchar(100) not null,
    affiliation   varchar(300),
    chair         boolean      not null default false,
    unique (round_id, user_id)
);

-- What is reviewed: a proposal of a scheme (ref_type/ref_id), with its applicant group.
create table review_proposal (
    id                  bigserial primary key,
    round_id            bigint       not null references review_round (id) on delete cascade,
    ref_type            varchar(30)  not null,
    ref_id              bigint,
    title               varchar(200) not null,
    applicant_group_id  bigint references civic_group (id),
    requested_yen       bigint       not null default 0 check (requested_yen >= 0),
    stage1_passed       boolean,
    result              jsonb,
    comment             text,
    decision            varchar(30) check (decision in ('ADOPT', 'ADOPT_WITH_CONDITIONS', 'REJECT')),
    conditions          text,
    deviation_reason    text,
    decided_by          varchar(64),
    decided_at          timestamptz
);

-- 除斥: from the register (REGISTER) or declared by the member (DECLARED).
create table review_conflict (
    id           bigserial primary key,
    round_id     bigint       not null references review_round (id) on delete cascade,
    proposal_id  bigint       not null references review_proposal (id) on delete cascade,
    user_id      varchar(64)  not null,
    source       varchar(20)  not null check (source in ('REGISTER', 'DECLARED')),
    note         text,
    recorded_at  timestamptz  not null default now(),
    unique (proposal_id, user_id)
);

-- Each member confirms "no interest" (or declares one) before scoring.
create table review_confirmation (
    round_id      bigint       not null references review_round (id) on delete cascade,
    user_id       varchar(64)  not null,
    confirmed_at  timestamptz  not null default now(),
    primary key (round_id, user_id)
);

-- Scores: one row per stage, proposal, member and criterion; a second submission is refused.
create table review_score (
    id             bigserial primary key,
    round_id       bigint       not null references review_round (id) on delete cascade,
    stage          varchar(20)  not null check (stage in ('DOCUMENT', 'HEARING')),
    attempt        integer      not null default 1,
    proposal_id    bigint       not null references review_proposal (id) on delete cascade,
    user_id        varchar(64)  not null,
    criterion_code varchar(40)  not null,
    score          integer      not null,
    submitted_at   timestamptz  not null default now(),
    unique (stage, attempt, proposal_id, user_id, criterion_code)
);
create index review_score_round_idx on review_score (round_id, stage, attempt);

-- Members who abstained in a stage (棄権).
create table review_abstention (
    round_id   bigint      not null references review_round (id) on delete cascade,
    stage      varchar(20) not null,
    attempt    integer     not null,
    user_id    varchar(64) not null,
    note       text,
    primary key (round_id, stage, attempt, user_id)
);

-- 公開プレゼンテーション: session and order of appearance.
create table hearing_session (
    id                    bigserial primary key,
    round_id              bigint       not null references review_round (id) on delete cascade,
    held_on               date         not null,
    start_time            time         not null,
    place                 varchar(200) not null,
    presentation_minutes  integer      not null check (presentation_minutes > 0),
    question_minutes      integer      not null check (question_minutes >= 0),
    scheduled_by          varchar(64)  not null,
    scheduled_at          timestamptz  not null default now()
);

create table hearing_slot (
    id            bigserial primary key,
    session_id    bigint  not null references hearing_session (id) on delete cascade,
    proposal_id   bigint  not null references review_proposal (id),
    position      integer not null,
    starts_at     time    not null,
    attended      boolean,
    unique (session_id, position)
);
