-- Việc cần xử lý: the queues of each open task (its assignee's, or else its candidate groups' and users'), with the
-- inbox's order beside them, so a person's first page is read from one range of an index per queue (WorkInboxQuery).
create table work_queue (
    task_id varchar(64) not null,
    queue varchar(70) not null,
    due_key timestamp(6) with time zone not null,
    created_at timestamp(6) with time zone not null,
    primary key (task_id, queue, due_key, created_at)
);

create index idx_work_queue_order on work_queue (queue, due_key, created_at, task_id);
alter table work_queue add constraint fk_work_queue_work_item foreign key (task_id) references work_item;

-- the open tasks of a database from before this migration
insert into work_queue (task_id, queue, due_key, created_at)
select task_id, 'u:' || assignee, coalesce(due_at, timestamp with time zone '9999-12-31 00:00:00+00'), created_at
from work_item where assignee is not null;

insert into work_queue (task_id, queue, due_key, created_at)
select w.task_id, 'g:' || c.group_id, coalesce(w.due_at, timestamp with time zone '9999-12-31 00:00:00+00'), w.created_at
from work_item w join work_item_candidate c on c.task_id = w.task_id
where w.assignee is null and c.group_id is not null;

insert into work_queue (task_id, queue, due_key, created_at)
select w.task_id, 'u:' || c.username, coalesce(w.due_at, timestamp with time zone '9999-12-31 00:00:00+00'), w.created_at
from work_item w join work_item_candidate_user c on c.task_id = w.task_id
where w.assignee is null and c.username is not null
  and not exists (select 1 from work_queue q where q.task_id = w.task_id and q.queue = 'u:' || c.username);
