-- HTTP sessions of every node in PostgreSQL (Spring Session JDBC): a portal or webapp login made on one node is
-- valid on any other, and survives a node's restart. The columns are the ones Spring Session's JdbcIndexedSessionRepository
-- reads and writes (unquoted names, so PostgreSQL keeps them in lower case); spring.session.jdbc.initialize-schema is
-- never, Flyway owns these tables like every other. Times are epoch milliseconds, as Spring Session writes them.

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

-- the cookie's id is looked up on every request
create unique index spring_session_ix1 on spring_session (session_id);
-- the cleanup job deletes by expiry
create index spring_session_ix2 on spring_session (expiry_time);
-- sessions of one user (FindByIndexNameSessionRepository)
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
