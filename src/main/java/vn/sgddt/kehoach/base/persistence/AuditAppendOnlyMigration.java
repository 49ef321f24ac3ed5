package vn.sgddt.kehoach.base.persistence;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Version 6: the database itself refuses to change or remove a line of the audit log, whoever asks, so that no role
 * of the application, no bug and no hand-written SQL through its connection rewrites the record. A trigger on each
 * database, in its own language: PL/pgSQL on PostgreSQL, {@link RefuseChangeTrigger} on H2.
 */
@Component
class AuditAppendOnlyMigration implements JavaMigration {

    static final String TABLE = "audit_entry";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "audit entry append only";
    }

    @Override
    public Integer getChecksum() {
        return statements("PostgreSQL").hashCode() + 31 * statements("H2").hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements(context.getConnection().getMetaData().getDatabaseProductName())) {
                statement.execute(sql);
            }
        }
    }

    static List<String> statements(String database) {
        return switch (database) {
            case "PostgreSQL" -> List.of("""
                    create function audit_entry_append_only() returns trigger language plpgsql as $$
                    begin
                        raise exception 'audit_entry is append-only: % refused', tg_op;
                    end
                    $$""",
                    "create trigger audit_entry_no_change before update or delete on " + TABLE
                            + " for each row execute function audit_entry_append_only()",
                    "create trigger audit_entry_no_truncate before truncate on " + TABLE
                            + " for each statement execute function audit_entry_append_only()");
            case "H2" -> List.of("create trigger audit_entry_no_change before update, delete on " + TABLE
                    + " for each row call '" + RefuseChangeTrigger.class.getName() + "'");
            default -> throw new IllegalStateException("Kế hoạch runs on H2 or PostgreSQL, not on " + database);
        };
    }
}
