-- E-mail of every notice: one row per notice and address, written in the notice's own transaction and
-- sent afterwards by notices.MailOutboxSender (claimed with FOR UPDATE SKIP LOCKED, so two nodes never
-- send one row twice). PENDING rows are (re)tried at next_attempt_at; SENT, CAPTURED (demo: kept, not
-- sent) and FAILED (gave up after kyodo.mail.max-attempts, or an address that cannot be a mail address)
-- are final.
create table mail_outbox (
    id               bigserial primary key,
    notice_id        bigint       references notice (id),
    to_address       varchar(320) not null,
    subject          varchar(200) not null,
    body             text         not null,
    status           varchar(10)  not null default 'PENDING'
                     check (status in ('PENDING', 'SENT', 'CAPTURED', 'FAILED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       text,
    created_at       timestamptz  not null,
    sent_at          timestamptz
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_to_idx on mail_outbox (lower(to_address), created_at desc);
