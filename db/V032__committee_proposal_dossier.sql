-- What the committee reads of a proposal besides its title (資料): the plan in short and the departments' opinions.
alter table review_proposal add column dossier text;
