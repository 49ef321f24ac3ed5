package vn.sgddt.kehoach.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.support.IntegrationTest;

/**
 * The REST API through the real security filters, signed in with HTTP Basic as the demo officials. MockMvc is built
 * here rather than with {@code @AutoConfigureMockMvc}, so the class shares the Spring context of the other
 * integration tests.
 */
@IntegrationTest
class PlanApiTest {

    private static final String PASSWORD = "demo";

    @Autowired
    WebApplicationContext context;

    @Autowired
    Clock clock;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, PASSWORD)).accept(MediaType.APPLICATION_JSON));
    }

    private ResultActions send(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return call(user, request.contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A plan of GDTrH as JSON, with the title given and the signer giamdoc. */
    private static String planJson(String title, String recipientUnit) {
        String recipients = recipientUnit == null ? "[{\"name\":\"UBND tỉnh\",\"purpose\":\"b/c\"}]"
                : "[{\"name\":\"UBND tỉnh\",\"purpose\":\"b/c\"},{\"name\":\"Nơi nhận nội bộ\",\"purpose\":\"t/h\","
                        + "\"unit\":\"" + recipientUnit + "\"}]";
        return """
                {"title":"%s",
                 "draftingUnit":"GDTrH",
                 "legalBases":["Luật Giáo dục ngày 14 tháng 6 năm 2019;"],
                 "sections":[{"heading":"I. MỤC ĐÍCH","text":"Nâng cao chất lượng."}],
                 "recipients":%s,
                 "signer":{"username":"giamdoc","form":"DIRECT"},
                 "appendix":[{"group":"Chuyên môn","content":"Tổ chức hội thảo chuyên đề","leadUnit":"GDTrH",
                              "coordinatingUnits":["KTQLCL"],"externalCoordinators":["Trường THPT Long An"],
                              "deadline":"2099-11-30","deadlineText":"Tháng 11/2099","issuingAuthority":"Sở GDĐT"}]}
                """.formatted(title, recipients);
    }

    private long create(String title, String recipientUnit) throws Exception {
        String body = send("cv.gdtrh", post("/api/plans"), planJson(title, recipientUnit))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** The id of the caller's open task of that kind on the plan, from {@code GET /api/tasks}. */
    private String taskOf(String user, long planId, String kind) throws Exception {
        String body = call(user, get("/api/tasks")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(body, "$[?(@.planId == " + planId + " && @.kind == '" + kind + "')].id");
        assertThat(ids).as(kind + " task of plan " + planId + " for " + user).hasSize(1);
        return ids.get(0);
    }

    private ResultActions complete(String user, String taskId, String decision, String comment) throws Exception {
        String json = comment == null ? "{\"decision\":\"" + decision + "\"}"
                : "{\"decision\":\"" + decision + "\",\"comment\":\"" + comment + "\"}";
        return send(user, post("/api/tasks/{id}/complete", taskId), json);
    }

    private static void expectFieldErrors(ResultActions result, String... fields) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.messageVi", not(emptyOrNullString())))
                .andExpect(jsonPath("$.messageEn", not(emptyOrNullString())))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItems(fields)))
                .andExpect(jsonPath("$.fieldErrors[*].messageVi", not(hasItem(emptyOrNullString()))))
                .andExpect(jsonPath("$.fieldErrors[*].messageEn", not(hasItem(emptyOrNullString()))));
    }

    // ---- who is asking ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        "cv.gdtrh, Nguyễn Hoàng Yến, GDTrH, CHUYEN_VIEN, chuyen-vien",
        "tp.gdtrh, Hồ Văn Đức, GDTrH, TRUONG_PHONG, truong-phong",
        "pgd1, Lê Thị Hồng Nhung, -, PHO_GIAM_DOC, pho-giam-doc",
        "giamdoc, Trần Văn Minh, -, GIAM_DOC, giam-doc",
        "vanthu, Lâm Thị Kim Oanh, VP, VAN_THU, van-thu",
        "admin, Quản trị hệ thống, -, QUAN_TRI, quan-tri"})
    void every_demo_official_can_ask_who_he_is(String user, String fullName, String unit, String role, String group)
            throws Exception {
        ResultActions me = call(user, get("/api/me")).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user))
                .andExpect(jsonPath("$.fullName").value(fullName))
                .andExpect(jsonPath("$.roles").value(hasItem(role)))
                .andExpect(jsonPath("$.groups").value(hasItem(group)));
        if (unit == null) {
            me.andExpect(jsonPath("$.unit").doesNotExist());
        } else {
            me.andExpect(jsonPath("$.unit").value(unit)).andExpect(jsonPath("$.groups").value(hasItem(unit)));
        }
    }

    @Test
    void the_units_of_the_agency_are_listed_with_their_head_and_deputy_in_charge() throws Exception {
        call("cv.vp", get("/api/units")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("VP", "TCCB", "KHTC", "GDMN", "GDTrH", "KTQLCL", "TTR")))
                .andExpect(jsonPath("$[?(@.code == 'GDTrH')].head").value(hasItem("tp.gdtrh")))
                .andExpect(jsonPath("$[?(@.code == 'GDTrH')].deputyInCharge").value(hasItem("pgd1")))
                .andExpect(jsonPath("$[?(@.code == 'VP')].deputyInCharge").value(hasItem("pgd2")));
    }

    @Test
    void without_credentials_or_with_a_wrong_password_the_api_answers_401_with_the_challenge_and_why()
            throws Exception {
        mvc.perform(get("/api/plans")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Realm\""))
                .andExpect(jsonPath("$.status").value(401)).andExpect(jsonPath("$.code").value("UNAUTHORIZED"))
                .andExpect(jsonPath("$.messageVi").value("Bạn chưa đăng nhập."))
                .andExpect(jsonPath("$.messageEn").value("You are not signed in."));
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic("cv.gdtrh", "wrong"))).andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.messageVi").value("Tên đăng nhập hoặc mật khẩu không đúng."));
        // an unknown account gets the same words as a wrong password
        mvc.perform(get("/api/me").with(httpBasic("nobody.here", "wrong"))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.messageVi").value("Tên đăng nhập hoặc mật khẩu không đúng."));
    }

    @Test
    void the_engine_rest_api_is_for_the_administrator_only() throws Exception {
        call("cv.gdtrh", get("/engine-rest/engine")).andExpect(status().isForbidden());
        call("vanthu", get("/engine-rest/task")).andExpect(status().isForbidden());
        mvc.perform(get("/engine-rest/engine")).andExpect(status().isUnauthorized());
    }

    @Test
    void the_openapi_description_lists_the_plan_api() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.paths['/api/plans']").exists())
                .andExpect(jsonPath("$.paths['/api/tasks/{id}/complete']").exists());
    }

    // ---- drafting ----

    @Test
    void a_specialist_creates_a_draft_and_gets_it_back_with_its_location() throws Exception {
        String title = "Kế hoạch API " + token();

        String body = send("cv.gdtrh", post("/api/plans"), planJson(title, "TTR"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/plans/\\d+")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.draftingUnit").value("GDTrH"))
                .andExpect(jsonPath("$.legalBases[0]").value("Luật Giáo dục ngày 14 tháng 6 năm 2019;"))
                .andExpect(jsonPath("$.sections[0].heading").value("I. MỤC ĐÍCH"))
                .andExpect(jsonPath("$.sections[0].text").value("Nâng cao chất lượng."))
                .andExpect(jsonPath("$.recipients[1].unit").value("TTR"))
                .andExpect(jsonPath("$.recipients[0].purpose").value("b/c"))
                .andExpect(jsonPath("$.signer.username").value("giamdoc"))
                .andExpect(jsonPath("$.signer.form").value("DIRECT"))
                .andExpect(jsonPath("$.appendix[0].seq").value(1))
                .andExpect(jsonPath("$.appendix[0].group").value("Chuyên môn"))
                .andExpect(jsonPath("$.appendix[0].content").value("Tổ chức hội thảo chuyên đề"))
                .andExpect(jsonPath("$.appendix[0].leadUnit").value("GDTrH"))
                .andExpect(jsonPath("$.appendix[0].coordinatingUnits[0]").value("KTQLCL"))
                .andExpect(jsonPath("$.appendix[0].externalCoordinators[0]").value("Trường THPT Long An"))
                .andExpect(jsonPath("$.appendix[0].deadline").value("2099-11-30"))
                .andExpect(jsonPath("$.appendix[0].deadlineText").value("Tháng 11/2099"))
                .andExpect(jsonPath("$.appendix[0].issuingAuthority").value("Sở GDĐT"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.currentStep").value("DRAFT"))
                .andExpect(jsonPath("$.history[0].action").value("CREATED"))
                .andExpect(jsonPath("$.history[0].actor").value("cv.gdtrh"))
                .andReturn().getResponse().getContentAsString();

        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        call("cv.gdtrh", get("/api/plans/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title));
    }

    @Test
    void the_leadership_without_a_unit_cannot_draft() throws Exception {
        send("giamdoc", post("/api/plans"), planJson("Kế hoạch của Giám đốc " + token(), null))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.messageVi", not(emptyOrNullString())))
                .andExpect(jsonPath("$.messageEn", not(emptyOrNullString())));
    }

    @Test
    void a_plan_without_a_title_is_refused_naming_the_field() throws Exception {
        expectFieldErrors(send("cv.gdtrh", post("/api/plans"), planJson("", null)), "title");
    }

    @Test
    void a_plan_for_an_unknown_unit_is_refused_naming_the_field() throws Exception {
        String json = planJson("Kế hoạch đơn vị lạ " + token(), null).replace("\"draftingUnit\":\"GDTrH\"",
                "\"draftingUnit\":\"KHONG-CO\"");
        expectFieldErrors(send("cv.gdtrh", post("/api/plans"), json), "draftingUnit");
    }

    @Test
    void an_appendix_row_without_content_or_lead_unit_is_refused_naming_both_fields() throws Exception {
        String json = planJson("Kế hoạch phụ lục thiếu " + token(), null)
                .replace("\"content\":\"Tổ chức hội thảo chuyên đề\",\"leadUnit\":\"GDTrH\",",
                        "\"content\":\"\",\"leadUnit\":null,");
        ResultActions result = send("cv.gdtrh", post("/api/plans"), json);
        expectFieldErrors(result, "appendix[0].content", "appendix[0].leadUnit");
        result.andExpect(jsonPath("$.messageEn", containsString("appendix[0].leadUnit")));
    }

    @Test
    void a_deadline_that_is_not_a_date_is_refused_naming_the_field() throws Exception {
        for (String deadline : List.of("31/02/2025", "abc", "2025-02-31")) {
            String json = planJson("Kế hoạch hạn sai " + token(), null)
                    .replace("\"deadline\":\"2099-11-30\"", "\"deadline\":\"" + deadline + "\"");
            ResultActions result = send("cv.gdtrh", post("/api/plans"), json);
            expectFieldErrors(result, "appendix[0].deadline");
            result.andExpect(jsonPath("$.fieldErrors[0].messageEn", containsString("yyyy-MM-dd")));
        }
    }

    @Test
    void a_draft_is_changed_only_by_its_unit_and_only_before_it_is_submitted() throws Exception {
        long id = create("Kế hoạch sửa " + token(), null);
        String changed = planJson("Kế hoạch đã sửa " + token(), null);

        send("cv.vp", put("/api/plans/{id}", id), changed).andExpect(status().isForbidden());
        send("cv.gdtrh", put("/api/plans/{id}", id), changed).andExpect(status().isOk())
                .andExpect(jsonPath("$.title", startsWith("Kế hoạch đã sửa")));

        send("cv.gdtrh", post("/api/plans/{id}/submit", id), "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        send("cv.gdtrh", put("/api/plans/{id}", id), planJson("Quá muộn " + token(), null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.messageVi", not(emptyOrNullString())))
                .andExpect(jsonPath("$.messageEn", not(emptyOrNullString())));
    }

    // ---- reading ----

    @Test
    void a_unit_lists_its_drafts_and_another_unit_does_not_see_them() throws Exception {
        String tok = token();
        long id = create("Kế hoạch danh sách " + tok, null);

        call("cv.gdtrh", get("/api/plans").param("status", "DRAFT").param("q", tok)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
                .andExpect(jsonPath("$.total").value(1));
        call("cv.vp", get("/api/plans").param("status", "DRAFT").param("q", tok)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        call("cv.gdtrh", get("/api/plans").param("status", "ISSUED").param("q", tok))
                .andExpect(jsonPath("$.total").value(0));
        call("cv.gdtrh", get("/api/plans").param("status", "NOT_A_STATUS")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("status"));
    }

    @Test
    void another_unit_reads_a_plan_only_when_it_is_among_the_recipients() throws Exception {
        long notAddressed = create("Kế hoạch không gửi VP " + token(), null);
        long addressed = create("Kế hoạch gửi VP " + token(), "VP");

        call("cv.vp", get("/api/plans/{id}", notAddressed)).andExpect(status().isForbidden());
        call("cv.vp", get("/api/plans/{id}", addressed)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(addressed));
        call("cv.vp", get("/api/plans/{id}", 987_654_321L)).andExpect(status().isNotFound());
    }

    // ---- the approval ----

    @Test
    void a_plan_is_approved_signed_and_issued_over_the_api() throws Exception {
        String title = "Kế hoạch phê duyệt qua API " + token();
        long id = create(title, "TTR");
        send("cv.gdtrh", post("/api/plans/{id}/submit", id), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.currentStep").value("REVIEW_UNIT"));

        String body = call("tp.gdtrh", get("/api/tasks")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String reviewPath = "$[?(@.planId == " + id + ")]";
        assertThat((List<String>) JsonPath.read(body, reviewPath + ".kind")).containsExactly("REVIEW_UNIT");
        assertThat((List<String>) JsonPath.read(body, reviewPath + ".planTitle")).containsExactly(title);
        assertThat((List<String>) JsonPath.read(body, reviewPath + ".due")).singleElement().isNotNull();
        assertThat((List<String>) JsonPath.read(body, reviewPath + ".created")).singleElement().isNotNull();
        String reviewTask = taskOf("tp.gdtrh", id, "REVIEW_UNIT");

        // not the specialist's step, nor the clerk's
        complete("cv.gdtrh", reviewTask, "APPROVE", null).andExpect(status().isForbidden());
        complete("vanthu", reviewTask, "APPROVE", null).andExpect(status().isForbidden());
        complete("tp.gdtrh", reviewTask, "APPROVE", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentStep").value("REVIEW_DEPUTY"))
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        complete("tp.gdtrh", reviewTask, "APPROVE", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.messageVi", containsString("Hồ Văn Đức")))
                .andExpect(jsonPath("$.messageEn", containsString("Hồ Văn Đức")));

        String deputyTask = taskOf("pgd1", id, "REVIEW_DEPUTY");
        complete("vanthu", deputyTask, "APPROVE", null).andExpect(status().isForbidden());
        complete("pgd2", deputyTask, "APPROVE", null).andExpect(status().isForbidden());
        complete("pgd1", deputyTask, "APPROVE", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_SIGNATURE"));

        String signTask = taskOf("giamdoc", id, "SIGN");
        complete("cv.gdtrh", signTask, "SIGN", null).andExpect(status().isForbidden());
        complete("vanthu", signTask, "SIGN", null).andExpect(status().isForbidden());
        complete("giamdoc", signTask, "SIGN", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_ISSUE"))
                .andExpect(jsonPath("$.number").doesNotExist());

        String issueTask = taskOf("vanthu", id, "ISSUE");
        complete("cv.gdtrh", issueTask, "ISSUE", null).andExpect(status().isForbidden());
        complete("vanthu", issueTask, "ISSUE", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.number", matchesPattern("\\d{2,}/KH-SGDĐT")))
                .andExpect(jsonPath("$.issuedOn").value(LocalDate.now(clock).toString()))
                .andExpect(jsonPath("$.currentStep").doesNotExist())
                .andExpect(jsonPath("$.history[*].action").value(contains("CREATED",
                        "SUBMITTED", "FORWARDED", "APPROVED", "SIGNED", "ISSUED")))
                .andExpect(jsonPath("$.history[*].actor").value(contains("cv.gdtrh",
                        "cv.gdtrh", "tp.gdtrh", "pgd1", "giamdoc", "vanthu")));

        // a recipient unit reads the issued plan; nobody has a step of it left
        call("cv.ttr", get("/api/plans/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ISSUED"));
        String clerkInbox = call("vanthu", get("/api/tasks")).andReturn().getResponse().getContentAsString();
        assertThat((List<Object>) JsonPath.read(clerkInbox, "$[?(@.planId == " + id + ")]")).isEmpty();
    }

    @Test
    void a_return_without_a_comment_is_refused_and_with_one_goes_back_to_the_unit() throws Exception {
        long id = create("Kế hoạch trả lại qua API " + token(), null);
        send("cv.gdtrh", post("/api/plans/{id}/submit", id), "{}").andExpect(status().isOk());
        String reviewTask = taskOf("tp.gdtrh", id, "REVIEW_UNIT");

        expectFieldErrors(complete("tp.gdtrh", reviewTask, "RETURN", null), "comment");
        expectFieldErrors(complete("tp.gdtrh", reviewTask, "SIGN", null), "decision");
        expectFieldErrors(complete("tp.gdtrh", reviewTask, "NOT_A_DECISION", null), "decision");

        complete("tp.gdtrh", reviewTask, "RETURN", "Bổ sung căn cứ").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.returnComment").value("Bổ sung căn cứ"));
        String draftTask = taskOf("cv.gdtrh", id, "DRAFT");
        complete("cv.gdtrh", draftTask, "SUBMIT", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentStep").value("REVIEW_UNIT"))
                .andExpect(jsonPath("$.history[-1].action").value("RESUBMITTED"));
    }

    @Test
    void an_unknown_task_answers_404() throws Exception {
        complete("tp.gdtrh", "no-such-task", "APPROVE", null).andExpect(status().isNotFound());
    }
}
