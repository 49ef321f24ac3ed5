package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sgddt.kehoach.assignment.DueTimers.at;
import static vn.sgddt.kehoach.assignment.IssuedPlans.row;
import static vn.sgddt.kehoach.assignment.IssuedPlans.rowWith;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;

/**
 * The REST API of assignments, tasks, the dashboard and the calendar feed over HTTP Basic, through the real
 * security filter chain. MockMvc is built on the shared context (rather than with {@code @AutoConfigureMockMvc},
 * which would start a second application context on the same in-memory database).
 */
@IntegrationTest
class AssignmentApiTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    @Autowired
    WebApplicationContext context;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Autowired
    AssignmentRepository repository;

    @Autowired
    MutableClock clock;

    private MockMvc mvc;
    private IssuedPlans issuing;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        issuing = new IssuedPlans(plans, directory, repository);
        clock.set(at(TODAY, 10, 0));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    // ---- helpers ----

    private ResultActions call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    private ResultActions postJson(String url, String user, Object body) throws Exception {
        return call(post(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), user);
    }

    private List<Map<String, Object>> list(String url, String user) throws Exception {
        MvcResult r = call(get(url), user).andExpect(status().isOk()).andReturn();
        return json.readValue(r.getResponse().getContentAsByteArray(), LIST);
    }

    private Map<String, Object> object(ResultActions result) throws Exception {
        return json.readValue(result.andReturn().getResponse().getContentAsByteArray(), OBJECT);
    }

    private static List<Long> ids(List<Map<String, Object>> items) {
        return items.stream().map(m -> ((Number) m.get("id")).longValue()).toList();
    }

    /** The caller's open task of that kind on the assignment, from {@code GET /api/tasks}. */
    private Map<String, Object> taskOf(String user, long assignmentId, String kind) throws Exception {
        return list("/api/tasks?limit=500", user).stream()
                .filter(t -> t.get("assignmentId") != null
                        && ((Number) t.get("assignmentId")).longValue() == assignmentId && kind.equals(t.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("No " + kind + " of " + assignmentId + " for "
                        + user));
    }

    private boolean hasTask(String user, long assignmentId, String kind) throws Exception {
        return list("/api/tasks?limit=500", user).stream().anyMatch(t -> t.get("assignmentId") != null
                && ((Number) t.get("assignmentId")).longValue() == assignmentId && kind.equals(t.get("kind")));
    }

    private ResultActions complete(String user, Map<String, Object> task, Map<String, Object> decision)
            throws Exception {
        return postJson("/api/tasks/" + task.get("id") + "/complete", user, decision);
    }

    // ---- lists and details ----

    @Test
    void the_list_shows_each_role_what_it_may_see_with_its_filters() throws Exception {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Tập huấn giáo viên cốt cán", "GDTrH", TODAY.plusDays(10), "GDMN"),
                row("Thanh tra thi tốt nghiệp", "TTR", TODAY.plusDays(20))));
        long gdtrh = plan.assignment(0);
        long ttr = plan.assignment(1);
        String url = "/api/assignments?planId=" + plan.planId();

        List<Map<String, Object>> all = list(url, "giamdoc");
        assertThat(ids(all)).containsExactly(gdtrh, ttr);
        Map<String, Object> first = all.get(0);
        assertThat(first).containsEntry("planId", (int) plan.planId()).containsEntry("seq", 1)
                .containsEntry("content", "Tập huấn giáo viên cốt cán").containsEntry("leadUnit", "GDTrH")
                .containsEntry("coordinatingUnits", List.of("GDMN")).containsEntry("deadline", "2025-10-11")
                .containsEntry("status", "OPEN_IN_TIME").containsEntry("progress", 0).containsEntry("holder", null)
                .containsKey("id");

        assertThat(ids(list(url, "cv.ttr"))).containsExactly(ttr);
        assertThat(ids(list(url, "cv.gdmn"))).containsExactly(gdtrh);
        assertThat(ids(list(url, "pgd1"))).containsExactly(gdtrh);
        assertThat(ids(list(url, "pgd2"))).containsExactly(ttr);
        assertThat(ids(list(url, "vanthu"))).containsExactly(gdtrh, ttr);
        assertThat(ids(list(url + "&unit=GDMN", "giamdoc"))).containsExactly(gdtrh);
        assertThat(ids(list(url + "&unit=TTR", "giamdoc"))).containsExactly(ttr);
        assertThat(ids(list(url + "&status=OPEN_IN_TIME", "giamdoc"))).containsExactly(gdtrh, ttr);
        assertThat(ids(list(url + "&status=OPEN_OVERDUE", "giamdoc"))).isEmpty();
        call(get(url + "&status=LATE"), "giamdoc").andExpect(status().isBadRequest());

        clock.set(at(TODAY.plusDays(11), 9, 0));
        assertThat(ids(list(url + "&status=OPEN_OVERDUE", "giamdoc"))).containsExactly(gdtrh);
    }

    @Test
    void an_assignment_is_forbidden_to_a_unit_that_neither_leads_nor_coordinates_it() throws Exception {
        long id = issuing.issue("GDTrH", List.of(row("Kiểm tra công tác thư viện", "GDTrH", TODAY.plusDays(10),
                "GDMN"))).assignment(0);

        call(get("/api/assignments/" + id), "cv.ttr").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        call(get("/api/assignments/" + id), "cv.gdmn").andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.deputy").value("pgd1"))
                .andExpect(jsonPath("$.followUpUnit").value("VP"));
        mvc.perform(get("/api/assignments/" + id)).andExpect(status().isUnauthorized());
        call(get("/api/assignments/" + id), "cv.gdtrh").andExpect(status().isOk());
    }

    // ---- the lead unit's actions ----

    @Test
    void progress_is_recorded_from_json_or_with_a_file_that_can_be_downloaded_again() throws Exception {
        long id = issuing.issue("GDTrH", List.of(row("Xây dựng ngân hàng đề kiểm tra", "GDTrH",
                TODAY.plusDays(10), "GDMN"))).assignment(0);

        postJson("/api/assignments/" + id + "/progress", "cv.gdtrh", Map.of("percent", 40, "note", "Đã có 200 câu"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.progress").value(40));
        postJson("/api/assignments/" + id + "/progress", "cv.gdmn", Map.of("percent", 50))
                .andExpect(status().isForbidden());
        postJson("/api/assignments/" + id + "/progress", "cv.gdtrh", Map.of("percent", 140))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[0].field").value("percent"));

        byte[] file = "Biên bản họp tổ chuyên môn".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> details = object(call(multipart("/api/assignments/" + id + "/progress")
                .file(new MockMultipartFile("file", "biên-bản.txt", "text/plain", file))
                .param("percent", "60").param("note", "Kèm biên bản"), "cv.gdtrh").andExpect(status().isOk()));

        assertThat(details).containsEntry("progress", 60);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) details.get("attachments");
        assertThat(files).singleElement().satisfies(f -> assertThat(f).containsEntry("fileName", "biên-bản.txt")
                .containsEntry("size", file.length));
        Object fileId = files.get(0).get("id");
        MvcResult download = call(get("/api/assignments/" + id + "/attachments/" + fileId), "cv.gdmn")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(file);
        call(get("/api/assignments/" + id + "/attachments/" + fileId), "cv.ttr").andExpect(status().isForbidden());
    }

    @Test
    void a_submission_needs_a_result_and_an_extension_a_date_from_today_on() throws Exception {
        long id = issuing.issue("GDTrH", List.of(row("Tổng hợp báo cáo phổ cập", "GDTrH", TODAY.plusDays(10))))
                .assignment(0);

        postJson("/api/assignments/" + id + "/submit", "cv.gdtrh", Map.of("documentNumber", "12/BC-GDTrH"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.fieldErrors[0].field").value("resultText"));
        postJson("/api/assignments/" + id + "/extension", "cv.gdtrh",
                Map.of("newDeadline", TODAY.minusDays(1).toString(), "reason", "Chờ số liệu"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[0].field").value("newDeadline"));
        postJson("/api/assignments/" + id + "/extension", "cv.gdtrh",
                Map.of("newDeadline", "2025-13-45", "reason", "Chờ số liệu"))
                .andExpect(status().isBadRequest());

        postJson("/api/assignments/" + id + "/submit", "cv.gdtrh",
                Map.of("resultText", "Đã tổng hợp", "documentNumber", "12/BC-GDTrH"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.resultDocumentNumber").value("12/BC-GDTrH"));
    }

    // ---- tasks ----

    @Test
    void each_person_finds_their_kind_of_task_and_decides_it() throws Exception {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Tổ chức hội giảng cấp tỉnh", "GDTrH", TODAY.plusDays(10), "GDMN"),
                row("Thanh tra việc dạy thêm", "TTR", TODAY.plusDays(10)),
                row("Sơ kết học kỳ", "GDTrH", TODAY.plusDays(10)),
                row("Kiểm tra cơ sở vật chất", "GDTrH", TODAY.plusDays(10)),
                rowWith("Báo cáo sĩ số học sinh", "GDTrH", null, "ngày 05 hằng tháng", IssuedPlans.INSIDE)));
        long accepted = plan.assignment(0);
        long returned = plan.assignment(1);
        long extended = plan.assignment(2);
        long refused = plan.assignment(3);
        long recurring = plan.assignment(4);

        Map<String, Object> lead = taskOf("cv.gdtrh", accepted, "LEAD");
        assertThat(lead).containsEntry("planId", (int) plan.planId()).containsEntry("unit", "GDTrH")
                .containsEntry("subject", "Tổ chức hội giảng cấp tỉnh");
        Map<String, Object> contribute = taskOf("cv.gdmn", accepted, "CONTRIBUTE");
        assertThat(contribute).containsEntry("planId", (int) plan.planId()).containsEntry("unit", "GDMN");
        assertThat(hasTask("cv.ttr", accepted, "LEAD")).isFalse();

        complete("cv.gdmn", contribute, Map.of("decision", "CONTRIBUTE", "comment", "Thống nhất")).andExpect(
                status().isOk());
        complete("cv.gdtrh", lead, Map.of("decision", "ACCEPT")).andExpect(status().isBadRequest());
        complete("cv.gdtrh", lead, Map.of("decision", "SUBMIT", "resultText", "Đã tổ chức 3 đợt"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));

        Map<String, Object> accept = taskOf("cv.vp", accepted, "ACCEPT");
        assertThat(accept).containsEntry("planId", (int) plan.planId());
        assertThat(hasTask("pgd1", accepted, "ACCEPT")).isTrue();
        assertThat(hasTask("pgd2", accepted, "ACCEPT")).isFalse();
        assertThat(hasTask("cv.gdtrh", accepted, "ACCEPT")).isFalse();
        complete("cv.gdtrh", accept, Map.of("decision", "ACCEPT")).andExpect(status().isForbidden());
        complete("cv.vp", accept, Map.of("decision", "ACCEPT")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE_ON_TIME"));
        complete("cv.vp", accept, Map.of("decision", "ACCEPT")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"))
                .andExpect(jsonPath("$.messageVi").value(org.hamcrest.Matchers.containsString(
                        directory.fullName("cv.vp"))));

        complete("cv.ttr", taskOf("cv.ttr", returned, "LEAD"), Map.of("decision", "SUBMIT", "resultText", "Xong"))
                .andExpect(status().isOk());
        complete("cv.vp", taskOf("cv.vp", returned, "ACCEPT"), Map.of("decision", "RETURN"))
                .andExpect(status().isBadRequest());
        complete("cv.vp", taskOf("cv.vp", returned, "ACCEPT"),
                Map.of("decision", "RETURN", "comment", "Bổ sung danh sách trường")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_PROGRESS"));
        assertThat(hasTask("cv.ttr", returned, "LEAD")).isTrue();

        postJson("/api/assignments/" + extended + "/extension", "cv.gdtrh",
                Map.of("newDeadline", "2025-10-25", "reason", "Trùng lịch thi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.pendingExtensionDate").value("2025-10-25"));
        postJson("/api/assignments/" + refused + "/extension", "cv.gdtrh",
                Map.of("newDeadline", "2025-10-30", "reason", "Thiếu kinh phí")).andExpect(status().isOk());
        assertThat(hasTask("cv.gdtrh", extended, "DECIDE_EXTENSION")).isFalse();
        assertThat(hasTask("pgd2", extended, "DECIDE_EXTENSION")).isFalse();
        Map<String, Object> decide = taskOf("pgd1", extended, "DECIDE_EXTENSION");
        assertThat(decide).containsEntry("planId", (int) plan.planId());
        complete("pgd1", decide, Map.of("decision", "APPROVE"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deadline").value("2025-10-25"))
                .andExpect(jsonPath("$.originalDeadline").value("2025-10-11"));
        complete("pgd1", taskOf("pgd1", refused, "DECIDE_EXTENSION"), Map.of("decision", "REFUSE"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deadline").value("2025-10-11"))
                .andExpect(jsonPath("$.pendingExtensionDate").doesNotExist());
        assertThat(taskOf("cv.gdtrh", extended, "LEAD").get("due")).asString().startsWith("2025-10-25");

        Map<String, Object> report = taskOf("cv.gdtrh", recurring, "RECURRING_REPORT");
        assertThat(report).containsEntry("planId", (int) plan.planId());
        complete("cv.gdtrh", report, Map.of("decision", "SUBMIT", "resultText", "Sĩ số ổn định"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reports.length()").value(2))
                .andExpect(jsonPath("$.reports[0].status").value("DONE_ON_TIME"));
        assertThat(taskOf("cv.gdtrh", recurring, "RECURRING_REPORT").get("id")).isNotEqualTo(report.get("id"));
    }

    // ---- the dashboard ----

    @Test
    void the_dashboard_counts_for_the_leadership_and_is_closed_to_a_unit() throws Exception {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Việc đang làm", "GDTrH", TODAY.plusDays(10)),
                row("Việc sẽ quá hạn", "GDMN", TODAY.plusDays(1)),
                rowWith("Việc trình UBND tỉnh", "GDTrH", TODAY.plusDays(10), null, IssuedPlans.OUTSIDE)));
        clock.set(at(TODAY.plusDays(3), 9, 0));
        postJson("/api/assignments/" + plan.assignment(2) + "/submit", "cv.gdtrh", Map.of("resultText", "Đã trình"))
                .andExpect(status().isOk());

        Map<String, Object> dashboard = object(call(get("/api/dashboard?planId=" + plan.planId()), "giamdoc")
                .andExpect(status().isOk()));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> byPlan = (List<Map<String, Object>>) dashboard.get("byPlan");
        assertThat(byPlan).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("key", String.valueOf(plan.planId())).containsEntry("openInTime", 1)
                .containsEntry("openOverdue", 1).containsEntry("doneOnTime", 0).containsEntry("doneLate", 0)
                .containsEntry("withAuthority", 1));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> byUnit = (List<Map<String, Object>>) dashboard.get("byUnit");
        assertThat(byUnit).extracting(r -> r.get("key")).containsExactly("GDMN", "GDTrH");
        assertThat(dashboard.get("total")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("openInTime", 1).containsEntry("openOverdue", 1).containsEntry("withAuthority", 1);

        call(get("/api/dashboard"), "cv.gdtrh").andExpect(status().isForbidden());
        call(get("/api/dashboard"), "tp.gdtrh").andExpect(status().isForbidden());
        call(get("/api/dashboard?planId=" + plan.planId()), "pgd1").andExpect(status().isOk());
        call(get("/api/dashboard?planId=" + plan.planId()), "cv.vp").andExpect(status().isOk());
    }

    @Test
    void the_dashboard_export_is_a_workbook_with_vietnamese_headers() throws Exception {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Xuất báo cáo theo dõi – kiểm thử", "GDTrH", TODAY.plusDays(10), "GDMN", "TTR")));

        MvcResult r = call(get("/api/dashboard.xlsx?planId=" + plan.planId()), "giamdoc")
                .andExpect(status().isOk())
                .andExpect(content().contentType(DashboardExport.CONTENT_TYPE))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("theo-doi-thuc-hien.xlsx")))
                .andReturn();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet summary = book.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("Tổng hợp");
            assertThat(cells(summary.getRow(0))).containsExactly("Đơn vị chủ trì", "Chưa hoàn thành – trong hạn",
                    "Chưa hoàn thành – quá hạn", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đã trình cấp trên",
                    "Tổng cộng");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("GDTrH - Phòng Giáo dục Trung học");
            assertThat(summary.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            Sheet list = book.getSheetAt(1);
            assertThat(list.getSheetName()).isEqualTo("Danh sách nhiệm vụ");
            assertThat(cells(list.getRow(0))).containsExactly("Kế hoạch", "STT", "Nội dung", "Đơn vị chủ trì",
                    "Đơn vị phối hợp", "Thời hạn", "Tình trạng", "Số ngày còn lại (âm: quá hạn)", "Tiến độ (%)",
                    "Người thực hiện");
            assertThat(cells(list.getRow(1))).startsWith(plan.number(), "1", "Xuất báo cáo theo dõi – kiểm thử",
                    "GDTrH", "GDMN, TTR", "11/10/2025", "Chưa hoàn thành – trong hạn", "10");
            assertThat(list.getLastRowNum()).isEqualTo(1);
        }
        call(get("/api/dashboard.xlsx"), "cv.gdtrh").andExpect(status().isForbidden());
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(switch (c.getCellType()) {
            case NUMERIC -> String.valueOf((long) c.getNumericCellValue());
            default -> c.getStringCellValue();
        }));
        return values;
    }

    // ---- the calendar feed ----

    @Test
    void the_secret_calendar_link_shows_the_open_deadlines_of_the_unit_without_signing_in() throws Exception {
        IssuedPlans.Issued plan = issuing.issue("GDTrH", List.of(
                row("Thanh tra chuyên đề; kiểm tra hồ sơ, sổ sách", "TTR", TODAY.plusDays(12)),
                row("Phối hợp kiểm tra thi học kỳ", "GDTrH", TODAY.plusDays(15), "TTR"),
                row("Việc đã xong của Thanh tra", "TTR", TODAY.plusDays(5)),
                row("Việc không liên quan Thanh tra", "GDTrH", TODAY.plusDays(5))));
        long done = plan.assignment(2);
        postJson("/api/assignments/" + done + "/submit", "cv.ttr", Map.of("resultText", "Xong")).andExpect(
                status().isOk());
        complete("cv.vp", taskOf("cv.vp", done, "ACCEPT"), Map.of("decision", "ACCEPT")).andExpect(status().isOk());

        String path = (String) object(call(get("/api/calendar-link"), "cv.ttr").andExpect(status().isOk()))
                .get("path");
        assertThat(path).matches("/calendar/[A-Za-z0-9_-]+\\.ics");
        assertThat(object(call(get("/api/calendar-link"), "cv.ttr")).get("path")).isEqualTo(path);
        assertThat(object(call(get("/api/calendar-link"), "tp.ttr")).get("path")).isNotEqualTo(path);

        MvcResult r = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar")).andReturn();
        String ics = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String unfolded = ics.replace("\r\n ", "");

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        List<String> uids = new ArrayList<>();
        Matcher m = Pattern.compile("UID:(\\S+)").matcher(unfolded);
        while (m.find()) {
            uids.add(m.group(1));
        }
        assertThat(countOf(unfolded, "BEGIN:VEVENT")).isEqualTo(uids.size()).isEqualTo(countOf(unfolded,
                "END:VEVENT"));
        assertThat(uids).doesNotHaveDuplicates()
                .contains("assignment-" + plan.assignment(0) + "@kehoach", "assignment-" + plan.assignment(1)
                        + "@kehoach")
                .doesNotContain("assignment-" + done + "@kehoach", "assignment-" + plan.assignment(3) + "@kehoach");
        assertThat(unfolded).contains("DTSTART;VALUE=DATE:20251013", "DTEND;VALUE=DATE:20251014",
                "SUMMARY:Hạn (chủ trì): Thanh tra chuyên đề\\; kiểm tra hồ sơ\\, sổ sách",
                "SUMMARY:Hạn (phối hợp): Phối hợp kiểm tra thi học kỳ");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }

        mvc.perform(get("/calendar/khong-co-ma-nay.ics")).andExpect(status().isNotFound());
    }

    private static int countOf(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
