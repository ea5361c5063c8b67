-- 評価: group and department self-evaluation, mutual evaluation, committee (third-party) evaluation.
create table evaluation (
    id             bigserial primary key,
    project_id     bigint      not null references collaboration_project (id),
    project_year   integer     not null,
    kind           varchar(20) not null check (kind in ('GROUP_SELF', 'DEPARTMENT_SELF', 'MUTUAL', 'COMMITTEE')),
    evaluator      varchar(64) not null,
    scores         jsonb       not null default '{}'::jsonb,
    principles     jsonb       not null default '[]'::jsonb,
    verdict        varchar(30),
    comment        text,
    agreed_points  text,
    differences    text,
    improvements   text,
    created_at     timestamptz not null default now(),
    unique (project_id, project_year, kind)
);
