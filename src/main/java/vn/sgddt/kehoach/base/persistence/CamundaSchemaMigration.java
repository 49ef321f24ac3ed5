package vn.sgddt.kehoach.base.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Version 1 of the schema: Camunda's tables, created by the scripts Camunda ships in its engine jar for this
 * database, in the order the engine itself runs them. The engine then only checks the schema
 * ({@code camunda.bpm.database.schema-update=false}), so Flyway is the one owner of every table.
 *
 * <p>The scripts are those of the Camunda version on the classpath (7.24). Moving to a later Camunda means a new
 * migration that runs Camunda's upgrade scripts ({@code org/camunda/bpm/engine/db/upgrade/<db>_engine_7.24_to_…})
 * for databases made before, and this one then runs for new databases only.
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

    /** engine, history, identity, then CMMN and DMN with their history: the order of DbSqlSession.dbSchemaCreate. */
    static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    @Override
    public String getDescription() {
        return "Camunda 7 schema";
    }

    @Override
    public Integer getChecksum() {
        // the scripts are Camunda's, read from its jar: nothing of ours to check for later edits
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String database = camundaDatabaseType(connection.getMetaData().getDatabaseProductName());
        for (String part : PARTS) {
            String script = "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + part + ".sql";
            ScriptUtils.executeSqlScript(connection,
                    new EncodedResource(new ClassPathResource(script), StandardCharsets.UTF_8));
        }
    }

    static String camundaDatabaseType(String productName) {
        return switch (productName) {
            case "H2" -> "h2";
            case "PostgreSQL" -> "postgres";
            default -> throw new IllegalStateException("Kế hoạch runs on H2 or PostgreSQL, not on " + productName);
        };
    }
}
