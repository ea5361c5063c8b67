-- 協定書: versioned; a change after signatures is a new version, old versions stay readable.
create table agreement (
    id                     bigserial primary key,
    project_id             bigint       not null references collaboration_project (id),
    version_no             integer      not null,
    fiscal_year            integer      not null,
    project_year           integer      not null,
    status                 varchar(20)  not null check (status in ('DRAFT', 'SIGNED', 'SUPERSEDED', 'WITHDRAWN')),
    purpose                text         not null,
    period_from            date         not null,
    period_to              date         not null,
    city_contribution_yen  bigint       not null check (city_contribution_yen >= 0),
    group_own_funds_yen    bigint       not null check (group_own_funds_yen >= 0),
    in_kind_description    text,
    in_kind_value_yen      bigint       check (in_kind_value_yen >= 0),
    schedule               text,
    risks                  text,
    drafted_by             varchar(64)  not null,
    drafted_at             timestamptz  not null default now(),
    signed_at              timestamptz,
    previous_version_id    bigint references agreement (id),
    version                integer      not null default 0,
    unique (project_id, version_no),
    check (period_from <= period_to)
);

create table agreement_target (
    id            bigserial primary key,
    agreement_id  bigint       not null references agreement (id) on delete cascade,
    position      integer      not null,
    description   varchar(500) not null,
    indicator     varchar(200),
    target_value  varchar(200) not null
);

create table agreement_role (
    id            bigserial primary key,
    agreement_id  bigint       not null references agreement (id) on delete cascade,
    party         varchar(10)  not null check (party in ('CITY', 'GROUP')),
    party_name    varchar(200) not null,
    position      integer      not null,
    description   varchar(1000) not null
);

create table agreement_signature (
    id            bigserial primary key,
    agreement_id  bigint       not null references agreement (id),
    party         varchar(10)  not null check (party in ('CITY', 'GROUP')),
    decision      varchar(20)  not null check (decision in ('SIGNED', 'CHANGES_REQUESTED')),
    signer        varchar(64)  not null,
    comment       text,
    signed_at     timestamptz  not null default now(),
    unique (agreement_id, party)
);
