-- The tables that take hundreds of rows in one transaction (an appendix of a plan; issuing it makes an assignment
-- and an event per row) get their ids from sequences, 50 at a time, so Hibernate sends their inserts in JDBC
-- batches; an identity column makes it insert row by row to learn each id. Not the tables of a few rows per
-- transaction whose lines are read in id order among lines of the same instant (plan history, audit log,
-- notifications, mail): each node takes its ids from a block of its own, so across two nodes id order is not the
-- order of writing. (An assignment's events are read so too, but two of them at the same instant come from one
-- node.) The identity columns stay (rows written by hand still get an id); the sequences start far above the ids
-- they have handed out.
create sequence assignment_seq start with 1000000 increment by 50;
create sequence assignment_event_seq start with 1000000 increment by 50;
create sequence plan_appendix_row_seq start with 1000000 increment by 50;
