-- Every list of the API is paged and filtered in SQL (issue 12). The indexes their WHERE clauses and the
-- per-page batches use: a department's proposals by the departments named in the content (jsonb
-- containment), a member's rounds, and each round's proposals, conflicts and hearing sessions by round.
create index proposal_departments_idx on proposal using gin ((content -> 'departments') jsonb_path_ops);
create index review_member_user_idx on review_member (user_id);
create index review_proposal_round_idx on review_proposal (round_id);
create index review_conflict_round_idx on review_conflict (round_id);
create index hearing_session_round_idx on hearing_session (round_id);
