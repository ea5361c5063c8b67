-- Which lines of a case's history are the city's internal working (AuditLine.internal): staff who may read the
-- case see them, the group whose case it is does not. Lines written before this column are classified by the
-- same rule the events now state themselves.
alter table case_event add column internal boolean not null default false;

update case_event set internal = true
 where (case_type = 'PROPOSAL' and step = '意見照会')
    or (case_type = 'PROPOSAL_ROUND' and step = '事前相談')
    or (case_type = 'PROJECT' and step = '評価' and outcome = 'DEPARTMENT_SELF')
    or (case_type = 'REVIEW_ROUND' and (step like '採点（%' or step in ('除斥', '利害関係の確認', '定足数不足への対応', '講評・答申')));
