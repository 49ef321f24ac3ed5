-- Theo dõi thực hiện: how many assignments of a plan each lead unit has done, on time and late. A done assignment
-- stays done, so the dashboard adds these up instead of reading every finished assignment again; accepting a result
-- adds one to its row in the same transaction. Counted as the dashboard counts: recurring rows are left out.
create table assignment_tally (
    plan_id bigint not null,
    lead_unit varchar(20) not null,
    plan_number varchar(50),
    plan_title varchar(1000),
    done_on_time bigint not null,
    done_late bigint not null,
    primary key (plan_id, lead_unit)
);

insert into assignment_tally (plan_id, lead_unit, plan_number, plan_title, done_on_time, done_late)
select plan_id, lead_unit, max(plan_number), max(plan_title),
       sum(case when state = 'DONE' and (deadline is null or completed_on <= deadline) then 1 else 0 end),
       sum(case when state = 'DONE' and completed_on > deadline then 1 else 0 end)
from assignment
where recurrence is null
group by plan_id, lead_unit;
