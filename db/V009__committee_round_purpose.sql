-- A round either selects proposals (the approver decides per proposal) or evaluates a project (no decision step).
alter table review_round add column purpose varchar(20) not null default 'SELECTION'
    check (purpose in ('SELECTION', 'EVALUATION'));
