package vn.sgddt.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.PlanDrafts;

/** The register of each year starts again from 01 (NĐ 30/2020), so a number comes back every year. */
@IntegrationTest
class DocumentRegisterYearTest {

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Autowired
    DocumentRegisterRepository registers;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MutableClock clock;

    private Approvals approvals;

    @BeforeEach
    void setUp() {
        approvals = new Approvals(plans, directory);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private void at(int year, int month, int day) {
        clock.set(LocalDateTime.of(year, month, day, 9, 0).atZone(Formats.ZONE).toInstant());
    }

    private int lastNumber(int year) {
        return new TransactionTemplate(transactionManager).execute(s -> registers
                .findByAgencySymbolAndDocumentTypeAndRegisterYear("SGDĐT", Plan.DOCUMENT_TYPE, year)
                .map(DocumentRegister::getLastNumber).orElse(0));
    }

    @Test
    void the_first_plan_of_a_new_year_is_numbered_from_01_again() {
        at(2091, 12, 30);
        int last2091 = lastNumber(2091);
        PlanDetails december = approvals.issued("cv.khtc", PlanDrafts.of("KHTC").build());

        at(2092, 1, 2);
        int last2092 = lastNumber(2092);
        PlanDetails january = approvals.issued("cv.khtc", PlanDrafts.of("KHTC").build());

        assertThat(december.number()).isEqualTo(PlanService.formatNumber(last2091 + 1, "SGDĐT"));
        assertThat(december.issuedOn()).isEqualTo(LocalDate.of(2091, 12, 30));
        assertThat(january.number()).isEqualTo(PlanService.formatNumber(last2092 + 1, "SGDĐT"));
        assertThat(january.issuedOn()).isEqualTo(LocalDate.of(2092, 1, 2));
        assertThat(lastNumber(2092)).isEqualTo(last2092 + 1);
    }
}
