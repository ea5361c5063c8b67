-- The engine runs at history level audit (2) instead of full (3) from now on (issue 12, docs/performance.md):
-- it refuses to start when the level stored here differs from its configuration. A new database has no row
-- yet (the engine writes it at its first start), so this changes only existing installations.
update act_ge_property set value_ = '2' where name_ = 'historyLevel';
