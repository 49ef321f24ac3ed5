package vn.sgddt.kehoach.base.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.Pageable;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;

/** Log lines written while a plan or an assignment is worked on say which one, in the MDC and on the console. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogLinesTest {

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Autowired
    AssignmentService assignments;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger ours = (Logger) LoggerFactory.getLogger("vn.sgddt.kehoach");
    private Approvals approvals;

    @BeforeEach
    void listen() {
        approvals = new Approvals(plans, directory);
        appender.start();
        ours.addAppender(appender);
    }

    @AfterEach
    void stopListening() {
        ours.detachAppender(appender);
        appender.stop();
    }

    private List<ILoggingEvent> linesSaying(String text) {
        return appender.list.stream().filter(e -> e.getFormattedMessage().contains(text)).toList();
    }

    @Test
    void a_decision_on_a_plan_is_logged_with_the_plan_id(CapturedOutput output) {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", id);
        appender.list.clear();

        approvals.decide("tp.gdtrh", id, Decision.APPROVE, null);

        List<ILoggingEvent> decision = linesSaying("APPROVE at REVIEW_UNIT by tp.gdtrh");
        assertThat(decision).hasSize(1);
        assertThat(decision.get(0).getMDCPropertyMap()).containsEntry("planId", String.valueOf(id))
                .doesNotContainKey("assignmentId");
        // every line logged during the decision carries it, whoever logs it
        assertThat(appender.list).allSatisfy(e -> assertThat(e.getMDCPropertyMap())
                .containsEntry("planId", String.valueOf(id)));
        assertThat(MDC.get("planId")).as("nothing left on the thread after the call").isNull();
        assertThat(output.getOut()).containsPattern("plan=" + id + " .*APPROVE at REVIEW_UNIT by tp.gdtrh");
    }

    @Test
    void issuing_and_the_work_on_an_assignment_are_logged_with_their_ids() {
        long id = approvals.createdAndSigned("cv.gdtrh", PlanDrafts.of("GDTrH")
                .row(PlanDrafts.row("Tổ chức hội thảo chuyên đề", "GDTrH", "KTQLCL")).build()).id();
        appender.list.clear();

        approvals.decide("vanthu", id, Decision.ISSUE, null);

        List<ILoggingEvent> created = linesSaying("1 assignments created from plan");
        assertThat(created).hasSize(1);
        assertThat(created.get(0).getMDCPropertyMap()).containsEntry("planId", String.valueOf(id));
        assertThat(linesSaying("ISSUE at ISSUE by vanthu").get(0).getMDCPropertyMap())
                .containsEntry("planId", String.valueOf(id));

        long assignmentId = approvals.as("cv.gdtrh", () -> assignments.search(
                new AssignmentService.Filter(id, null, null, null, null), Pageable.ofSize(1))).getContent().get(0).id();
        approvals.as("cv.gdtrh", () -> assignments.submit(assignmentId, "Đã tổ chức hội thảo.", null, null));
        assertThat(linesSaying("SUBMIT at LEAD by cv.gdtrh").get(0).getMDCPropertyMap())
                .containsEntry("assignmentId", String.valueOf(assignmentId));
        assertThat(MDC.get("planId")).isNull();
        assertThat(MDC.get("assignmentId")).isNull();
    }

    @Test
    void a_line_about_nothing_in_particular_carries_no_empty_ids(CapturedOutput output) {
        LoggerFactory.getLogger(LogLinesTest.class).info("A line outside any plan");

        // Spring Boot's own layout, the logger name right after the thread
        assertThat(output.getOut())
                .containsPattern("\\[\\s*main] v\\.s\\.k\\.base\\.operations\\.LogLinesTest +: A line outside")
                .doesNotContain("plan= ").doesNotContain("assignment= ");
    }
}
