-- The civic group a notice is about, so that a group's page lists that group's notices only (a person may
-- act for several groups): set for notices to a civic group (group-<id>) and for a person's own notices
-- about that group's cases (the registration that created it). Empty for everything else.
alter table notice add column civic_group_id bigint;
update notice set civic_group_id = cast(substring(recipient_id from 7) as bigint)
 where recipient_type = 'GROUP' and recipient_id ~ '^group-[0-9]+$';
update notice n set civic_group_id = a.civic_group_id
  from group_application a
 where n.recipient_type = 'USER' and n.case_type = 'GROUP_APPLICATION' and n.case_id = a.id
   and a.civic_group_id is not null;
create index notice_civic_group_idx on notice (civic_group_id, created_at desc) where civic_group_id is not null;
