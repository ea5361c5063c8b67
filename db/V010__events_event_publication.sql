-- Spring Modulith's event publication registry (the table and columns its JDBC registry expects for
-- PostgreSQL, version 1.4). A row is written with the decision's transaction for every listener that
-- runs after the commit (notices, later e-mail) and deleted when that listener has succeeded
-- (spring.modulith.events.completion-mode=delete); a row that stays is a notice not yet delivered,
-- sent again by OutstandingNotices.
create table event_publication (
    id               uuid                     not null primary key,
    listener_id      text                     not null,
    event_type       text                     not null,
    serialized_event text                     not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
