package vn.sgddt.kehoach.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;

/** A line once written stays as it was: nothing in the code can change or remove it. */
@IntegrationTest
class AuditAppendOnlyTest {

    @Autowired
    AuditEntryRepository entries;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    private AuditEntry aLine() {
        new Approvals(plans, directory).create("cv.khtc", PlanDrafts.of("KHTC").build());
        return entries.findTopByOrderByIdDesc().orElseThrow();
    }

    @Test
    void the_repository_offers_no_way_to_save_update_or_delete() {
        assertThat(CrudRepository.class.isAssignableFrom(AuditEntryRepository.class)).isFalse();
        assertThat(Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName))
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("save") || name.startsWith("delete") || name.startsWith("update")
                        || name.startsWith("remove") || name.startsWith("merge") || name.startsWith("persist"));
        assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove"));
    }

    @Test
    void a_changed_line_is_not_written_back() {
        AuditEntry line = aLine();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            AuditEntry managed = entityManager.find(AuditEntry.class, line.getId());
            ReflectionTestUtils.setField(managed, "summary", "đã sửa");
            ReflectionTestUtils.setField(managed, "actorUsername", "ke.gian");
            entityManager.flush();
        });
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            ReflectionTestUtils.setField(line, "summary", "sửa qua merge");
            entityManager.merge(line);
        });

        AuditEntry stored = entries.findById(line.getId()).orElseThrow();
        assertThat(stored.getSummary()).isNotEqualTo("đã sửa").isNotEqualTo("sửa qua merge");
        assertThat(stored.getActorUsername()).isEqualTo("cv.khtc");
    }

    @Test
    void a_line_with_an_existing_id_cannot_be_persisted_over_the_stored_one() {
        AuditEntry line = aLine();
        String summary = line.getSummary();
        ReflectionTestUtils.setField(line, "summary", "bản ghi đè");

        assertThatThrownBy(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> entityManager.persist(line))).isNotNull();

        assertThat(entries.findById(line.getId()).orElseThrow().getSummary()).isEqualTo(summary);
    }

    @Test
    void the_database_refuses_to_change_or_remove_a_line_whoever_asks() {
        AuditEntry line = aLine();

        assertThatThrownBy(() -> jdbc.update("update audit_entry set summary = 'đã sửa' where id = ?", line.getId()))
                .hasMessageContaining("audit_entry is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", line.getId()))
                .hasMessageContaining("audit_entry is append-only: DELETE refused");

        assertThat(entries.findById(line.getId()).orElseThrow().getSummary()).isEqualTo(line.getSummary());
    }

    @Test
    void the_table_has_the_columns_the_migrations_create() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select column_name, data_type, character_maximum_length, is_nullable
                from information_schema.columns where lower(table_name) = 'audit_entry' order by ordinal_position""");

        Map<String, String> types = new java.util.TreeMap<>();
        columns.forEach(c -> types.put(((String) c.get("COLUMN_NAME")).toLowerCase(), c.get("DATA_TYPE")
                + (c.get("CHARACTER_MAXIMUM_LENGTH") == null ? "" : "(" + c.get("CHARACTER_MAXIMUM_LENGTH") + ")")));
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of("id", "BIGINT",
                "at", "TIMESTAMP WITH TIME ZONE", "actor_username", "CHARACTER VARYING(64)",
                "actor_full_name", "CHARACTER VARYING(200)", "client_address", "CHARACTER VARYING(64)",
                "action", "CHARACTER VARYING(40)", "target_type", "CHARACTER VARYING(40)",
                "target_id", "CHARACTER VARYING(64)", "summary", "CHARACTER VARYING(1000)"));
        assertThat(columns).filteredOn(c -> "NO".equals(c.get("IS_NULLABLE")))
                .extracting(c -> ((String) c.get("COLUMN_NAME")).toLowerCase())
                .containsExactlyInAnyOrder("id", "at", "actor_username", "client_address", "action", "target_type");
    }

    @Test
    void the_audit_module_depends_on_no_other_feature() throws IOException {
        Pattern ownImport = Pattern.compile("^import (static )?vn\\.sgddt\\.kehoach\\.([a-z]+)\\.", Pattern.MULTILINE);
        List<String> reaches = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/sgddt/kehoach/audit"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ownImport.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(2).equals("base") && !m.group(2).equals("audit")) {
                        reaches.add(file.getFileName() + " -> " + m.group(2));
                    }
                }
            }
        }
        assertThat(reaches).isEmpty();
    }
}
