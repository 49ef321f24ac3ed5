package vn.sgddt.kehoach.plan;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Gives out register numbers: gap-free and unique per agency, document type and year, even under concurrency. */
@Service
class DocumentRegisterService {

    /** SQLSTATE of a unique violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DocumentRegisterRepository registers;
    private final JdbcTemplate jdbc;

    DocumentRegisterService(DocumentRegisterRepository registers, JdbcTemplate jdbc) {
        this.registers = registers;
        this.jdbc = jdbc;
    }

    /**
     * Takes the next number in the caller's transaction. The register row stays locked until that transaction
     * ends, so a rollback gives the number back and a second clerk waits rather than taking the same number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(String agencySymbol, String documentType, int year) {
        DocumentRegister register = registers
                .findByAgencySymbolAndDocumentTypeAndRegisterYear(agencySymbol, documentType, year)
                .orElseGet(() -> {
                    openIfAbsent(agencySymbol, documentType, year);
                    return registers
                            .findByAgencySymbolAndDocumentTypeAndRegisterYear(agencySymbol, documentType, year)
                            .orElseThrow();
                });
        return register.takeNext();
    }

    /**
     * Opens the year's register in the caller's transaction, behind a savepoint. Not in a transaction of its own:
     * that needs a second pooled connection, and clerks who each hold one while waiting for another exhaust the pool.
     */
    private void openIfAbsent(String agencySymbol, String documentType, int year) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement("insert into document_register "
                    + "(agency_symbol, document_type, register_year, last_number) values (?, ?, ?, 0)")) {
                insert.setString(1, agencySymbol);
                insert.setString(2, documentType);
                insert.setInt(3, year);
                insert.executeUpdate();
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                connection.rollback(savepoint);
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                // another clerk opened this year's register at the same moment: use theirs
            }
            return null;
        });
    }
}
