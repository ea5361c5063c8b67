-- A score row entered by the secretariat from a member's paper sheet (a tablet failed at the hearing):
-- who entered it; null when the member submitted the sheet themself.
alter table review_score add column entered_by varchar(64);
