-- The tables that take many rows in one transaction (issuing a plan makes an assignment, an event, notifications and
-- mail per appendix row) get their ids from sequences, 50 at a time, so Hibernate sends their inserts in JDBC
-- batches; an identity column makes it insert row by row to learn each id. The identity columns stay (rows written
-- by hand still get an id); the sequences start far above the ids they have handed out.
create sequence assignment_seq start with 1000000 increment by 50;
create sequence assignment_event_seq start with 1000000 increment by 50;
create sequence notification_seq start with 1000000 increment by 50;
create sequence mail_outbox_seq start with 1000000 increment by 50;
create sequence plan_history_seq start with 1000000 increment by 50;
create sequence plan_appendix_row_seq start with 1000000 increment by 50;
create sequence audit_entry_seq start with 1000000 increment by 50;
