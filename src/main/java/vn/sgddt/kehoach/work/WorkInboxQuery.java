package vn.sgddt.kehoach.work;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The first page of a person's inbox, read from the {@code work_queue} index: the first {@code offset + limit}
 * entries of each of the person's queues (their own, and one per group) come each from one range of the index
 * ({@code queue, due_key, created_at, task_id}), and the page is the first of their merge. No queue is ever read or
 * sorted whole, so the page costs the same with a hundred open tasks or a hundred thousand.
 */
@Component
class WorkInboxQuery {

    @PersistenceContext
    private EntityManager em;

    @SuppressWarnings("unchecked")
    List<WorkItem> page(String username, Collection<String> groups, int offset, int limit) {
        List<String> queues = queues(username, groups);
        StringBuilder sql = new StringBuilder("""
                select w.* from work_item w join (
                  select task_id, min(due_key) as due_key, min(created_at) as created_at from (
                """);
        for (int i = 0; i < queues.size(); i++) {
            if (i > 0) {
                sql.append("    union all\n");
            }
            sql.append("    (select task_id, due_key, created_at from work_queue where queue = ?").append(i + 1)
                    .append(" order by due_key, created_at, task_id fetch first ").append(offset + limit)
                    .append(" rows only)\n");
        }
        sql.append("""
                  ) u group by task_id
                ) q on q.task_id = w.task_id
                order by q.due_key, q.created_at, q.task_id
                """).append("offset ").append(offset).append(" rows fetch next ").append(limit).append(" rows only");
        var query = em.createNativeQuery(sql.toString(), WorkItem.class);
        for (int i = 0; i < queues.size(); i++) {
            query.setParameter(i + 1, queues.get(i));
        }
        return new ArrayList<>(query.getResultList());
    }

    long count(String username, Collection<String> groups) {
        List<String> queues = queues(username, groups);
        StringBuilder sql = new StringBuilder("select count(distinct task_id) from work_queue where queue in (");
        for (int i = 0; i < queues.size(); i++) {
            sql.append(i > 0 ? ", ?" : "?").append(i + 1);
        }
        var query = em.createNativeQuery(sql.append(')').toString());
        for (int i = 0; i < queues.size(); i++) {
            query.setParameter(i + 1, queues.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static List<String> queues(String username, Collection<String> groups) {
        LinkedHashSet<String> queues = new LinkedHashSet<>();
        queues.add(WorkQueueEntry.ofUser(username));
        groups.forEach(g -> queues.add(WorkQueueEntry.ofGroup(g)));
        return List.copyOf(queues);
    }
}
