package vn.sgddt.kehoach.base.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's side of {@link AuditAppendOnlyMigration}: refuses every update and delete of a row of its table. */
public class RefuseChangeTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table.toLowerCase() + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE")
                + " refused", "45000");
    }
}
