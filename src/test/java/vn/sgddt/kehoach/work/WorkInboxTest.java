package vn.sgddt.kehoach.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;

/** The inbox page read from the queues' index is the same page as the plain reading of who may do what. */
@IntegrationTest
class WorkInboxTest {

    @Autowired
    PlanService plans;

    @Autowired
    WorkService work;

    @Autowired
    WorkItemRepository items;

    @Autowired
    DirectoryService directory;

    @Autowired
    TaskService tasks;

    @Autowired
    TransactionTemplate tx;

    Approvals approvals;

    @BeforeEach
    void setUp() {
        approvals = new Approvals(plans, directory);
    }

    @Test
    void theInboxIsEveryOpenTaskThePersonMayDoInDueOrderWithAssignmentsFollowingTheirHolder() {
        PlanDrafts draft = PlanDrafts.of("TTR");
        int[] days = {40, 5, 90, 5, 20};
        for (int i = 0; i < days.length; i++) {
            draft.row(new PlanContent.Row(null, null, "Nhiệm vụ hộp việc " + i, "TTR", List.of("VP"), List.of(),
                    LocalDate.of(2099, 1, 1).plusDays(days[i]), null, null));
        }
        long planId = approvals.issued("cv.ttr", draft.build()).id();

        List<WorkItem> leads = approvals.as("cv.ttr", () -> work.mineOnPlan(planId));
        assertThat(leads).hasSize(days.length);
        assertThat(leads).allSatisfy(w -> assertThat(w.getKind()).isEqualTo("LEAD"));
        List<WorkItem> inbox = approvals.as("cv.ttr", () -> work.inbox(0, 1000));
        assertThat(inbox.stream().filter(w -> Long.valueOf(planId).equals(w.getPlanId())).map(WorkItem::getDueAt))
                .isSortedAccordingTo(Comparator.naturalOrder()).hasSize(days.length);

        // the unit head hands one to himself: it leaves the specialist's queue and is in his own
        String handed = leads.get(0).getTaskId();
        tasks.setAssignee(handed, "tp.ttr");
        assertThat(approvals.as("cv.ttr", () -> work.inbox(0, 1000))).extracting(WorkItem::getTaskId)
                .doesNotContain(handed);
        assertThat(approvals.as("tp.ttr", () -> work.inbox(0, 1000))).extracting(WorkItem::getTaskId)
                .contains(handed);

        for (String user : List.of("cv.ttr", "tp.ttr", "cv.vp", "tp.vp", "vanthu", "pgd2", "giamdoc")) {
            assertSameAsPlainReading(user);
        }

        tasks.setAssignee(handed, null);
        assertThat(approvals.as("cv.ttr", () -> work.inbox(0, 1000))).extracting(WorkItem::getTaskId)
                .contains(handed);
        assertSameAsPlainReading("cv.ttr");
        assertSameAsPlainReading("tp.ttr");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        PlanDrafts draft = PlanDrafts.of("TTR");
        for (int i = 0; i < 7; i++) {
            draft.row(new PlanContent.Row(null, null, "Nhiệm vụ trang " + i, "TTR", List.of(), List.of(),
                    i == 3 ? null : LocalDate.of(2098, 6, 1).plusDays(i % 3), i == 3 ? "thường xuyên" : null, null));
        }
        approvals.issued("cv.ttr", draft.build());
        List<WorkItem> all = approvals.as("cv.ttr", () -> work.inbox(0, 1000));
        List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 3) {
            int from = offset;
            approvals.as("cv.ttr", () -> work.inbox(from, 3)).forEach(w -> paged.add(w.getTaskId()));
        }
        assertThat(paged).containsExactlyElementsOf(all.stream().map(WorkItem::getTaskId).toList());
        assertThat(approvals.as("cv.ttr", () -> work.inboxCount())).isEqualTo(all.size());
    }

    private void assertSameAsPlainReading(String username) {
        List<String> expected = tx.execute(s -> {
            var me = directory.official(username).orElseThrow();
            List<String> groups = directory.groupsOf(me);
            return items.findAll().stream().filter(w -> w.mayBeDoneBy(username, groups))
                    .sorted(Comparator.comparing((WorkItem w) -> w.getDueAt() == null ? WorkQueueEntry.NO_DUE
                            : w.getDueAt()).thenComparing(WorkItem::getCreatedAt).thenComparing(WorkItem::getTaskId))
                    .map(WorkItem::getTaskId).toList();
        });
        List<String> actual = approvals.as(username, () -> work.inbox(0, 100_000)).stream()
                .map(WorkItem::getTaskId).toList();
        assertThat(actual).as(username).containsExactlyElementsOf(expected);
    }
}
