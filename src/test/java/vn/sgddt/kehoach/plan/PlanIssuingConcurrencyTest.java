package vn.sgddt.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sgddt.kehoach.base.ConflictException;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.SignedIn;

/**
 * Clerks issuing at the same moment: the register gives every plan its own number, without a gap, and a step taken
 * twice at once is taken once.
 */
@IntegrationTest
class PlanIssuingConcurrencyTest {

    private static final int CLERKS = 12;
    private static final int ROUNDS = 10;

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
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        approvals = new Approvals(plans, directory);
        pool = Executors.newFixedThreadPool(CLERKS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        clock.reset();
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    /** The last number given this year (0 before the first). */
    private int lastNumber() {
        return new TransactionTemplate(transactionManager).execute(s -> registers
                .findByAgencySymbolAndDocumentTypeAndRegisterYear(directory.agency().getSymbol(), Plan.DOCUMENT_TYPE,
                        LocalDate.now(clock).getYear())
                .map(DocumentRegister::getLastNumber).orElse(0));
    }

    private static int numberOf(PlanDetails plan) {
        return Integer.parseInt(plan.number().substring(0, plan.number().indexOf('/')));
    }

    /** The outcome of one clerk's attempt: the plan as issued, or what was thrown. */
    private record Attempt(PlanDetails issued, Throwable failure) {
    }

    /** Each task id is issued by its own clerk thread, all released at once. */
    private List<Attempt> issueAtOnce(List<String> taskIds) throws Exception {
        CyclicBarrier start = new CyclicBarrier(taskIds.size());
        List<Future<Attempt>> futures = new ArrayList<>();
        for (String taskId : taskIds) {
            futures.add(pool.submit(() -> {
                SignedIn.as(directory, "vanthu");
                try {
                    start.await(10, TimeUnit.SECONDS);
                    return new Attempt(plans.complete(taskId, Decision.ISSUE, null), null);
                } catch (Throwable t) {
                    return new Attempt(null, t);
                } finally {
                    SignedIn.clear();
                }
            }));
        }
        List<Attempt> attempts = new ArrayList<>();
        for (Future<Attempt> f : futures) {
            attempts.add(f.get(120, TimeUnit.SECONDS));
        }
        return attempts;
    }

    @Test
    void clerks_issuing_at_the_same_moment_get_consecutive_numbers_without_gap_or_duplicate() throws Exception {
        List<Long> planIds = new ArrayList<>();
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < CLERKS; i++) {
            long id = approvals.createdAndSigned("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
            planIds.add(id);
            taskIds.add(approvals.stepFor("vanthu", id).id());
        }
        int lastBefore = lastNumber();

        List<Attempt> attempts = issueAtOnce(taskIds);

        assertThat(attempts).allSatisfy(a -> assertThat(a.failure()).as("failure").isNull());
        List<PlanDetails> issued = planIds.stream().map(approvals::get).toList();
        assertThat(issued).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(PlanStatus.ISSUED);
            assertThat(p.number()).isEqualTo(PlanService.formatNumber(numberOf(p), "SGDĐT"));
        });
        assertThat(issued.stream().map(PlanIssuingConcurrencyTest::numberOf).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(lastBefore + 1, lastBefore + CLERKS).boxed().toList());
        assertThat(lastNumber()).isEqualTo(lastBefore + CLERKS);
    }

    @Test
    void two_clerks_issuing_the_same_plan_at_once_issue_it_once() throws Exception {
        List<Long> planIds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            planIds.add(approvals.createdAndSigned("cv.gdmn", PlanDrafts.of("GDMN").build()).id());
        }
        for (long planId : planIds) {
            String taskId = approvals.stepFor("vanthu", planId).id();
            int lastBefore = lastNumber();

            List<Attempt> attempts = issueAtOnce(List.of(taskId, taskId));

            assertThat(attempts).filteredOn(a -> a.failure() == null).as("successes").hasSize(1);
            // whether the loser came second (the step is gone) or at the same moment (the plan changed under it)
            assertThat(attempts).filteredOn(a -> a.failure() != null).singleElement()
                    .satisfies(a -> assertThat(a.failure()).isInstanceOf(ConflictException.class)
                            .extracting(e -> ((ConflictException) e).messageKey())
                            .isIn("error.task.alreadyCompleted", "error.task.concurrent"));
            PlanDetails plan = approvals.get(planId);
            assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
            assertThat(numberOf(plan)).isEqualTo(lastBefore + 1);
            assertThat(lastNumber()).as("the loser's number is given back").isEqualTo(lastBefore + 1);
            assertThat(plan.history()).filteredOn(h -> h.action() == HistoryEntry.Action.ISSUED).hasSize(1);
        }
    }

    @Test
    void clerks_issuing_the_first_plans_of_a_year_at_once_open_one_register_and_share_it() throws Exception {
        List<Long> planIds = new ArrayList<>();
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < CLERKS; i++) {
            long id = approvals.createdAndSigned("cv.tccb", PlanDrafts.of("TCCB").build()).id();
            planIds.add(id);
            taskIds.add(approvals.stepFor("vanthu", id).id());
        }
        // a year nobody has issued in yet: the register is opened by whichever clerk comes first
        clock.set(LocalDateTime.of(2095, 1, 2, 8, 0).atZone(Formats.ZONE).toInstant());
        assertThat(lastNumber()).isZero();

        List<Attempt> attempts = issueAtOnce(taskIds);

        assertThat(attempts).allSatisfy(a -> assertThat(a.failure()).as("failure").isNull());
        assertThat(planIds.stream().map(approvals::get).map(PlanIssuingConcurrencyTest::numberOf).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, CLERKS).boxed().toList());
        assertThat(lastNumber()).isEqualTo(CLERKS);
    }
}
