package vn.sgddt.kehoach.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.PostgresIntegrationTest;
import vn.sgddt.kehoach.support.SignedIn;

/**
 * The application on PostgreSQL: the schema is made by the migrations alone (Camunda's from Camunda's scripts),
 * Hibernate finds it matches the entities, and it is the same schema the migrations make on H2.
 */
@PostgresIntegrationTest
class PostgresSchemaTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlanService plans;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DirectoryService directory;

    @Test
    void the_schema_is_made_by_the_migrations_camundas_first() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Map<String, Object>> history = jdbc.queryForList(
                "select version, description, success from flyway_schema_history where version is not null"
                        + " order by installed_rank");
        assertThat(history).extracting(r -> r.get("version")).startsWith("1", "2", "3", "4");
        assertThat(history).allSatisfy(r -> assertThat(r.get("success")).isEqualTo(true));
        assertThat(jdbc.queryForList("select version_ from act_ge_schema_log", String.class)).containsExactly("7.24.0");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_task'",
                String.class)).contains("act_idx_task_parent", "act_idx_task_due_date");
    }

    @Test
    void a_plan_goes_from_draft_to_issued_with_its_assignments_on_postgresql() {
        Approvals approvals = new Approvals(plans, directory);
        PlanDetails issued = approvals.issued("cv.gdtrh", PlanDrafts.of("GDTrH")
                .title("Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm 2026 – “thử nghiệm”")
                .row(PlanDrafts.row("Xây dựng đề thi và đáp án", "KTQLCL", "GDTrH"))
                .row(PlanDrafts.row("Tổ chức coi thi, chấm thi", "GDTrH", "KTQLCL", "VP")).build());
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.title()).endsWith("“thử nghiệm”");
        assertThat(issued.number()).matches("\\d{2,}/KH-SGDĐT");
        SignedIn.as(directory, "giamdoc");
        try {
            assertThat(assignments.search(new AssignmentService.Filter(issued.id(), null, null, null, null),
                    PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
        } finally {
            SignedIn.clear();
        }
    }

    @Test
    void postgresql_refuses_to_change_remove_or_empty_the_audit_log() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into audit_entry (at, actor_username, client_address, action, target_type) "
                + "values (current_timestamp, 'admin', '10.0.0.1', 'TEST', 'PLAN')");
        assertThatThrownBy(() -> jdbc.update("update audit_entry set summary = 'x'"))
                .hasMessageContaining("audit_entry is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .hasMessageContaining("audit_entry is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .hasMessageContaining("audit_entry is append-only: TRUNCATE refused");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'TEST'", Integer.class))
                .isEqualTo(1);
    }

    /** Every table and column on both; for our tables the same nullability too. */
    @Test
    void the_migrations_make_the_same_tables_and_columns_on_h2_as_on_postgresql() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-compared;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration")
                .javaMigrations(new CamundaSchemaMigration(), new AuditAppendOnlyMigration()).load().migrate();
        Map<String, String> onH2 = columns(h2, "PUBLIC");
        Map<String, String> onPostgres = columns(dataSource, "public");
        assertThat(onPostgres).hasSizeGreaterThan(300);
        Map<String, String> differences = new TreeMap<>();
        onPostgres.forEach((column, nullable) -> {
            if (!onH2.containsKey(column)) {
                differences.put(column, "only on PostgreSQL");
            } else if (!column.startsWith("act_") && !nullable.equals(onH2.get(column))) {
                // Camunda's scripts differ a little between databases (ACT_RU_VARIABLE.VAR_SCOPE_); ours may not
                differences.put(column, "PostgreSQL " + nullable + ", H2 " + onH2.get(column));
            }
        });
        onH2.keySet().stream().filter(c -> !onPostgres.containsKey(c))
                .forEach(c -> differences.put(c, "only on H2"));
        assertThat(differences).isEmpty();
    }

    /** "table.column" → whether it may be null, for every table of the schema but Flyway's own. */
    private static Map<String, String> columns(DataSource ds, String schema) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (Connection c = ds.getConnection();
                ResultSet rs = c.getMetaData().getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase();
                if (!table.equals("flyway_schema_history")) {
                    columns.put(table + "." + rs.getString("COLUMN_NAME").toLowerCase(),
                            rs.getString("IS_NULLABLE"));
                }
            }
        }
        return columns;
    }
}
