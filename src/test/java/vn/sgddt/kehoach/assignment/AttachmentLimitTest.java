package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sgddt.kehoach.assignment.DueTimers.at;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;

/**
 * An attachment larger than {@link Attachment#MAX_BYTES} is refused by the service with the API's JSON error and
 * leaves nothing behind. (Behind Tomcat, a request beyond spring.servlet.multipart.* is refused before it reaches the
 * service, as 413 with the same kind of body; MockMvc does not enforce those limits.)
 */
@IntegrationTest
class AttachmentLimitTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    @Autowired
    WebApplicationContext context;

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    AttachmentRepository attachments;

    @Autowired
    AssignmentEventRepository events;

    @Autowired
    MutableClock clock;

    private MockMvc mvc;
    private long id;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        clock.set(at(TODAY, 10, 0));
        id = new IssuedPlans(plans, directory, assignments).issue("GDTrH", List.of(
                row("Nộp hồ sơ minh chứng kiểm định", "GDTrH", TODAY.plusDays(10)))).assignment(0);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private ResultActions upload(String action, String textField, String text) throws Exception {
        MockMultipartFile tooLarge = new MockMultipartFile("file", "minh-chung.pdf", "application/pdf",
                new byte[Attachment.MAX_BYTES + 1]);
        return mvc.perform(multipart("/api/assignments/" + id + "/" + action).file(tooLarge).param(textField, text)
                .with(httpBasic("cv.gdtrh", "demo")));
    }

    private static void expectFileTooLarge(ResultActions result) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.fieldErrors[0].field").value("file"))
                .andExpect(jsonPath("$.fieldErrors[0].messageVi").value("Tệp lớn quá 20 MB."))
                .andExpect(jsonPath("$.fieldErrors[0].messageEn").value("The file is larger than 20 MB."))
                .andExpect(jsonPath("$.messageVi", containsString("20 MB")));
    }

    @Test
    void progress_with_a_file_over_twenty_megabytes_is_refused_and_nothing_is_stored() throws Exception {
        long filesBefore = attachments.count();
        int eventsBefore = events.findByAssignmentIdOrderByAtAscIdAsc(id).size();

        expectFileTooLarge(upload("progress", "percent", "50"));

        assertThat(attachments.count()).isEqualTo(filesBefore);
        assertThat(events.findByAssignmentIdOrderByAtAscIdAsc(id)).hasSize(eventsBefore);
        assertThat(assignments.findById(id).orElseThrow().getProgress()).isZero();
    }

    @Test
    void a_result_with_a_file_over_twenty_megabytes_is_refused_and_the_work_stays_with_the_unit() throws Exception {
        long filesBefore = attachments.count();

        expectFileTooLarge(upload("submit", "resultText", "Đã nộp hồ sơ"));

        assertThat(attachments.count()).isEqualTo(filesBefore);
        Assignment after = assignments.findById(id).orElseThrow();
        assertThat(after.getState()).isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(after.getResultText()).isNull();
    }
}
