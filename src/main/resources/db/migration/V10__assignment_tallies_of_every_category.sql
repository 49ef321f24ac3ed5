-- Theo dõi thực hiện from counts kept as the assignments change (AssignmentTallies): besides the done ones, the
-- open ones and those with an outside authority, per plan and lead unit, and the same added up per plan and per lead
-- unit, so that the dashboard of the whole agency reads one row per unit and one per plan. Whether an open
-- assignment is overdue depends on the day and is counted when asked. Recurring rows are left out, as before.
alter table assignment_tally add column open_count bigint default 0 not null;
alter table assignment_tally add column with_authority bigint default 0 not null;

delete from assignment_tally;
insert into assignment_tally (plan_id, lead_unit, plan_number, plan_title, open_count, with_authority, done_on_time,
                              done_late)
select plan_id, lead_unit, max(plan_number), max(plan_title),
       sum(case when state in ('IN_PROGRESS', 'SUBMITTED') then 1 else 0 end),
       sum(case when state = 'WITH_AUTHORITY' then 1 else 0 end),
       sum(case when state = 'DONE' and (deadline is null or completed_on <= deadline) then 1 else 0 end),
       sum(case when state = 'DONE' and completed_on > deadline then 1 else 0 end)
from assignment
where recurrence is null
group by plan_id, lead_unit;

create index idx_assignment_tally_unit on assignment_tally (lead_unit);

create table assignment_plan_tally (
    plan_id bigint not null primary key,
    plan_number varchar(50),
    plan_title varchar(1000),
    open_count bigint not null,
    with_authority bigint not null,
    done_on_time bigint not null,
    done_late bigint not null
);

insert into assignment_plan_tally (plan_id, plan_number, plan_title, open_count, with_authority, done_on_time,
                                   done_late)
select plan_id, max(plan_number), max(plan_title), sum(open_count), sum(with_authority), sum(done_on_time),
       sum(done_late)
from assignment_tally
group by plan_id;

create table assignment_unit_tally (
    lead_unit varchar(20) not null primary key,
    open_count bigint not null,
    with_authority bigint not null,
    done_on_time bigint not null,
    done_late bigint not null
);

insert into assignment_unit_tally (lead_unit, open_count, with_authority, done_on_time, done_late)
select lead_unit, sum(open_count), sum(with_authority), sum(done_on_time), sum(done_late)
from assignment_tally
group by lead_unit;
