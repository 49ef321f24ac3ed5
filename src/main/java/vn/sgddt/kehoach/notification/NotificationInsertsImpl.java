package vn.sgddt.kehoach.notification;

import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hibernate inserts a row with an identity id on its own, to read the id back: telling the thirty members of a
 * unit was thirty round trips to the database. Nothing reads those ids back in the transaction that writes them,
 * so the rows go as one JDBC batch: the same statements, in one round trip.
 */
class NotificationInsertsImpl implements NotificationInserts {

    private static final String INSERT = "insert into notification"
            + " (recipient, created_at, message_key, message_args, plan_id, assignment_id) values (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    NotificationInsertsImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertAll(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, notifications, notifications.size(), (ps, n) -> {
            ps.setString(1, n.getRecipient());
            ps.setObject(2, n.getCreatedAt().atOffset(ZoneOffset.UTC));
            ps.setString(3, n.getMessageKey());
            ps.setString(4, n.messageArgsText());
            ps.setObject(5, n.getPlanId(), Types.BIGINT);
            ps.setObject(6, n.getAssignmentId(), Types.BIGINT);
        });
    }
}
