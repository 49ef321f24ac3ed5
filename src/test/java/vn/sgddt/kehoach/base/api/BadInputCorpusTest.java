package vn.sgddt.kehoach.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.assignment.AssignmentService;
import vn.sgddt.kehoach.assignment.IssuedPlans;
import vn.sgddt.kehoach.assignment.process.AssignmentTask;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.SignedIn;

/**
 * Bad input at every door of the REST API, one named case per kind of garbage: each gets a clear error in JSON
 * (never a 500, a stack trace or an HTML page) with a message in both languages naming the field at fault, and
 * leaves every table exactly as it was, ours and Camunda's.
 */
@IntegrationTest
class BadInputCorpusTest {

    private static final String TABLE = "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\n"
            + "1\tKế hoạch tuyển sinh\tPhòng GDTrH\tPhòng KH-TC\t30/6/2026\n";
    private static final String HEADER_ROW = "STT\tNội dung\tĐơn vị chủ trì\tThời hạn";
    private static final String TASK_ROW = "1\tRà soát hồ sơ tuyển sinh\tPhòng GDTrH\t30/6/2026";
    /** A message key that reached the client untranslated: "validation.text.markup". */
    private static final String KEY_LIKE = "[a-z]+(\\.[a-zA-Z0-9]+)+";

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlanService plans;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DirectoryService directory;

    private MockMvc mvc;

    @BeforeEach
    void buildMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** One bad request: who sends it, what it should get, the fields the error names, a phrase of its English. */
    record Case(String name, String user, Supplier<MockHttpServletRequestBuilder> request, int status,
            List<String> fields, String english) {
    }

    /** The plans and assignments the cases aim at, each waiting at the step a case needs. */
    private record Fixtures(long draft, long draftWithoutSigner, String reviewTask, long openAssignment,
            String acceptTask, String authorityTask, String extensionTask) {
    }

    // ---- the corpus ----

    @TestFactory
    Stream<DynamicTest> every_bad_input_gets_a_clear_error_in_both_languages_and_changes_nothing() throws Exception {
        Fixtures f = fixtures();
        List<Case> cases = new ArrayList<>();
        planCases(cases);
        draftCases(cases, f);
        decisionCases(cases, f);
        assignmentCases(cases, f);
        appendixCases(cases);
        aliasCases(cases);
        readingCases(cases);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases).extracting(Case::name).doesNotHaveDuplicates();
        return cases.stream().map(c -> dynamicTest(c.name(), () -> check(c)));
    }

    private void planCases(List<Case> cases) {
        plan(cases, "a plan without a title", p -> p.remove("title"), "title", "must not be empty");
        plan(cases, "a title longer than 1000 characters", p -> p.put("title", "Kế hoạch ".repeat(120)), "title",
                "Longer than 1,000");
        plan(cases, "a title with a script element", p -> p.put("title", "Kế hoạch <script>alert(1)</script>"),
                "title", "markup");
        plan(cases, "a title with an image that runs script on error",
                p -> p.put("title", "Kế hoạch <img src=x onerror=alert(1)>"), "title", "markup");
        plan(cases, "a title with a javascript: link", p -> p.put("title", "javascript:alert(document.cookie)"),
                "title", "markup");
        plan(cases, "a title with a NUL character", p -> p.put("title", "Kế hoạch\u0000năm 2026"), "title",
                "U+0000");
        plan(cases, "a title with an ESC character", p -> p.put("title", "Kế hoạch \u001b[31mđỏ"), "title",
                "U+001B");
        plan(cases, "a title with a right-to-left override", p -> p.put("title", "Kế hoạch \u202Efdp.exe"),
                "title", "U+202E");
        plan(cases, "a title that starts with a byte order mark", p -> p.put("title", "\uFEFFKế hoạch năm 2026"),
                "title", "U+FEFF");
        plan(cases, "a title with a C1 control character", p -> p.put("title", "Kế hoạch\u0085năm 2026"), "title",
                "U+0085");
        plan(cases, "a recipient name with markup",
                p -> recipient(p).put("name", "<b onmouseover=alert(1)>UBND tỉnh</b>"), "recipients[0].name",
                "markup");
        plan(cases, "a recipient purpose longer than its column",
                p -> recipient(p).put("purpose", "để biết ".repeat(20)), "recipients[0].purpose", "Longer than 100");
        plan(cases, "an outside coordinator named with a script",
                p -> row(p).putArray("externalCoordinators").add("<script>alert(1)</script>"),
                "appendix[0].externalCoordinators[0]", "markup");
        plan(cases, "a section heading with markup", p -> section(p).put("heading", "<h1>I. MỤC ĐÍCH</h1>"),
                "sections[0].heading", "markup");
        plan(cases, "a section text with a NUL character", p -> section(p).put("text", "Nâng cao\u0000chất lượng"),
                "sections[0].text", "U+0000");
        plan(cases, "a deadline text with a right-to-left override",
                p -> row(p).put("deadlineText", "Tháng 11\u202E/2099"), "appendix[0].deadlineText", "U+202E");
        plan(cases, "ten thousand legal bases", p -> {
            ArrayNode bases = p.putArray("legalBases");
            for (int i = 0; i < 10_000; i++) {
                bases.add("Căn cứ Quyết định số " + i + "/QĐ-UBND;");
            }
        }, "legalBases", "More than 100");
        plan(cases, "an appendix row without a lead unit", p -> row(p).remove("leadUnit"), "appendix[0].leadUnit",
                "exactly one lead unit");
        plan(cases, "an appendix row whose lead unit does not exist", p -> row(p).put("leadUnit", "PHONG-MA"),
                "appendix[0].leadUnit", "PHONG-MA");
        plan(cases, "an appendix row with two lead units in one text", p -> row(p).put("leadUnit", "GDTrH, VP"),
                "appendix[0].leadUnit", "exactly one lead unit");
        plan(cases, "an appendix row with two lead units as a list",
                p -> row(p).putArray("leadUnit").add("GDTrH").add("VP"), "appendix[0].leadUnit", null);
        plan(cases, "a null among the coordinating units", p -> row(p).putArray("coordinatingUnits").addNull(),
                "appendix[0].coordinatingUnits[0]", null);
        plan(cases, "a deadline written 31/02/2026", p -> row(p).put("deadline", "31/02/2026"),
                "appendix[0].deadline", "yyyy-MM-dd");
        plan(cases, "a deadline on the 31st of February", p -> row(p).put("deadline", "2026-02-31"),
                "appendix[0].deadline", "yyyy-MM-dd");
        plan(cases, "a sequence number written in words", p -> row(p).put("seq", "một"), "appendix[0].seq", null);
        plan(cases, "a negative sequence number", p -> row(p).put("seq", -3), "appendix[0].seq", "positive");
        plan(cases, "a sequence number with a fraction", p -> row(p).put("seq", 1.5), "appendix[0].seq", null);
        plan(cases, "a signing form given as a number", p -> ((ObjectNode) p.get("signer")).put("form", 1),
                "signer.form", null);
        plan(cases, "an unknown signing form", p -> ((ObjectNode) p.get("signer")).put("form", "BOSS"),
                "signer.form", null);
        plan(cases, "a title that is a list", p -> p.putArray("title").add("Kế hoạch"), "title", null);
        plan(cases, "an appendix that is an object instead of a list", p -> p.putObject("appendix"), "appendix",
                null);
        plan(cases, "a misspelt field name", p -> p.set("tittle", p.remove("title")), "tittle", "no such field");

        String valid = validPlan().toString();
        rawPlan(cases, "truncated JSON", valid.substring(0, valid.length() / 2), 400, List.of(), "not valid JSON");
        rawPlan(cases, "trailing garbage after the JSON", valid + " {\"title\":\"x\"}", 400, List.of(),
                "not valid JSON");
        rawPlan(cases, "JSON with a comment", valid.replaceFirst("\\{", "{ /* bản nháp */ "), 400, List.of(),
                "not valid JSON");
        rawPlan(cases, "the title key given twice",
                valid.replaceFirst("\\{", "{\"title\":\"<script>alert(1)</script>\","), 400, List.of("title"),
                "given twice");
        rawPlan(cases, "an empty body", "", 400, List.of(), "not valid JSON");
        // escaped, as only JSON can carry it: a Java string sent as UTF-8 would arrive as "?"
        rawPlan(cases, "a title with half of a surrogate pair", valid.replace("Kế hoạch kiểm thử dữ liệu xấu",
                "Kế hoạch \\ud83d năm 2026"), 400, List.of("title"), "U+D83D");
        cases.add(new Case("a body of 30 MB", "cv.gdtrh", () -> post("/api/plans")
                .contentType(MediaType.APPLICATION_JSON).content(thirtyMegabytePlan()), 413, List.of(), "MB"));
        cases.add(new Case("a plan sent as plain text", "cv.gdtrh", () -> post("/api/plans")
                .contentType(MediaType.TEXT_PLAIN).content(valid), 415, List.of(), "application/json"));
        cases.add(new Case("a plan sent as XML", "cv.gdtrh", () -> post("/api/plans")
                .contentType(MediaType.APPLICATION_XML).content("<plan><title>Kế hoạch</title></plan>"), 415,
                List.of(), "application/json"));
    }

    private void draftCases(List<Case> cases, Fixtures f) {
        cases.add(new Case("an update of a plan whose id is not a number", "cv.gdtrh",
                () -> jsonBody(put("/api/plans/abc"), validPlan().toString()), 400, List.of("id"), null));
        cases.add(new Case("an update of a plan whose id overflows a number", "cv.gdtrh",
                () -> jsonBody(put("/api/plans/99999999999999999999"), validPlan().toString()), 400, List.of("id"),
                null));
        cases.add(new Case("an update whose title is markup", "cv.gdtrh", () -> jsonBody(put("/api/plans/" + f.draft()),
                edit(validPlan(), p -> p.put("title", "<iframe src=//evil.example>"))), 400, List.of("title"),
                "markup"));
        cases.add(new Case("an update that moves the plan to another unit", "cv.gdtrh",
                () -> jsonBody(put("/api/plans/" + f.draft()), edit(validPlan(), p -> p.put("draftingUnit", "VP"))),
                400, List.of("draftingUnit"), null));
        cases.add(new Case("submitting a draft without a signer", "cv.gdtrh",
                () -> jsonBody(post("/api/plans/" + f.draftWithoutSigner() + "/submit"), "{}"), 400,
                List.of("signer"), null));
        cases.add(new Case("submitting with a comment longer than 2000 characters", "cv.gdtrh",
                () -> jsonBody(post("/api/plans/" + f.draft() + "/submit"), comment("Đề nghị xem xét. ".repeat(200))),
                400, List.of("comment"), "Longer than 2,000"));
        cases.add(new Case("submitting with a NUL character in the comment", "cv.gdtrh",
                () -> jsonBody(post("/api/plans/" + f.draft() + "/submit"), comment("Trình\u0000duyệt")), 400,
                List.of("comment"), "U+0000"));
        cases.add(new Case("submitting with a comment sent as plain text", "cv.gdtrh",
                () -> post("/api/plans/" + f.draft() + "/submit").contentType(MediaType.TEXT_PLAIN)
                        .content("Trình duyệt"), 415, List.of(), "application/json"));
    }

    private void decisionCases(List<Case> cases, Fixtures f) {
        String review = "/api/tasks/" + f.reviewTask() + "/complete";
        decision(cases, "a plan decision DELETE", "tp.gdtrh", review, "{\"decision\":\"DELETE\"}", "decision");
        decision(cases, "a plan decision given as a number", "tp.gdtrh", review, "{\"decision\":1}", "decision");
        decision(cases, "a plan decision given as an object", "tp.gdtrh", review, "{\"decision\":{\"x\":1}}",
                "decision");
        decision(cases, "returning a plan without a comment", "tp.gdtrh", review, "{\"decision\":\"RETURN\"}",
                "comment");
        decision(cases, "returning a plan with a comment longer than 2000 characters", "tp.gdtrh", review,
                decisionJson("RETURN", "Bổ sung căn cứ. ".repeat(200)), "comment");
        decision(cases, "returning a plan with a right-to-left override in the comment", "tp.gdtrh", review,
                decisionJson("RETURN", "Bổ sung \u202Ecăn cứ"), "comment");
        String accept = "/api/tasks/" + f.acceptTask() + "/complete";
        decision(cases, "returning a result with a comment of 30,000 characters", "pgd1", accept,
                decisionJson("RETURN", "Chưa đạt. ".repeat(3000)), "comment");
        decision(cases, "returning a result with a blank comment", "pgd1", accept, decisionJson("RETURN", "   "),
                "comment");
        decision(cases, "accepting a result with an ESC in the comment", "pgd1", accept,
                decisionJson("ACCEPT", "Đạt\u001b[2J"), "comment");
        String authority = "/api/tasks/" + f.authorityTask() + "/complete";
        decision(cases, "an outside authority's document number longer than its column", "cv.vp", authority,
                "{\"decision\":\"RECORD\",\"documentNumber\":\"" + "123/QĐ-UBND ".repeat(12)
                        + "\",\"documentDate\":\"2025-01-02\"}", "documentNumber");
        decision(cases, "an outside authority's document number with markup", "cv.vp", authority,
                "{\"decision\":\"RECORD\",\"documentNumber\":\"<script>1</script>\",\"documentDate\":\"2025-01-02\"}",
                "documentNumber");
        decision(cases, "an outside authority's document dated 31/02/2026", "cv.vp", authority,
                "{\"decision\":\"RECORD\",\"documentNumber\":\"12/QĐ-UBND\",\"documentDate\":\"31/02/2026\"}",
                "documentDate");
        String extension = "/api/tasks/" + f.extensionTask() + "/complete";
        decision(cases, "refusing an extension with a comment of 30,000 characters", "pgd1", extension,
                decisionJson("REFUSE", "Không đồng ý. ".repeat(2200)), "comment");
    }

    private void assignmentCases(List<Case> cases, Fixtures f) {
        String base = "/api/assignments/" + f.openAssignment();
        progress(cases, base, "progress of 150 percent", "{\"percent\":150,\"note\":\"Vượt kế hoạch\"}", "percent");
        progress(cases, base, "negative progress", "{\"percent\":-5}", "percent");
        progress(cases, base, "progress written in words", "{\"percent\":\"bốn mươi\"}", "percent");
        progress(cases, base, "progress with a fraction", "{\"percent\":40.5}", "percent");
        progress(cases, base, "progress without a percent", "{\"note\":\"Đang làm\"}", "percent");
        cases.add(new Case("progress whose body is JSON null", "cv.gdtrh",
                () -> jsonBody(post(base + "/progress"), "null"), 400, List.of(), "not valid JSON"));
        progress(cases, base, "a progress note with a NUL character", "{\"percent\":40,\"note\":\"Đang\\u0000làm\"}",
                "note");
        progress(cases, base, "a progress note longer than 20,000 characters",
                "{\"percent\":40,\"note\":\"" + "Đang làm. ".repeat(2100) + "\"}", "note");
        cases.add(new Case("progress of an assignment whose id is not a number", "cv.gdtrh",
                () -> jsonBody(post("/api/assignments/abc/progress"), "{\"percent\":40}"), 400, List.of("id"), null));
        cases.add(new Case("progress sent as plain text", "cv.gdtrh", () -> post(base + "/progress")
                .contentType(MediaType.TEXT_PLAIN).content("40"), 415, List.of(), "application/json"));
        cases.add(new Case("progress with a file but without a percent", "cv.gdtrh",
                () -> multipart(base + "/progress").file(file("bao-cao.docx", "nội dung".getBytes())), 400,
                List.of("percent"), "must not be empty"));
        cases.add(new Case("progress with a file and a percent that is not a number", "cv.gdtrh",
                () -> multipart(base + "/progress").file(file("bao-cao.docx", "nội dung".getBytes()))
                        .param("percent", "abc"), 400, List.of("percent"), null));
        attachment(cases, base, "an attachment named with a path that climbs out", "../../etc/passwd.docx");
        attachment(cases, base, "an attachment named with a Windows path", "..\\..\\Windows\\win.ini");
        attachment(cases, base, "an attachment named with an image that runs script",
                "<img src=x onerror=alert(1)>.docx");
        attachment(cases, base, "an attachment name that hides its extension with a right-to-left override",
                "bao-cao-\u202Excod.exe");
        attachment(cases, base, "an attachment name with a NUL character", "bao-cao.pdf\u0000.exe");
        cases.add(new Case("an attachment larger than 20 MB", "cv.gdtrh", () -> multipart(base + "/progress")
                .file(file("lon.pdf", new byte[21 * 1024 * 1024])).param("percent", "40"), 400, List.of("file"),
                "20 MB"));
        cases.add(new Case("a result without its report", "cv.gdtrh",
                () -> jsonBody(post(base + "/submit"), "{\"documentNumber\":\"15/BC-GDTrH\"}"), 400,
                List.of("resultText"), null));
        cases.add(new Case("a result whose document number is longer than 100 characters", "cv.gdtrh",
                () -> jsonBody(post(base + "/submit"), "{\"resultText\":\"Đã xong\",\"documentNumber\":\""
                        + "15/BC-GDTrH ".repeat(10) + "\"}"), 400, List.of("documentNumber"), "Longer than 100"));
        cases.add(new Case("a result whose document number is markup", "cv.gdtrh",
                () -> jsonBody(post(base + "/submit"),
                        "{\"resultText\":\"Đã xong\",\"documentNumber\":\"<a href=javascript:alert(1)>15</a>\"}"),
                400, List.of("documentNumber"), "markup"));
        cases.add(new Case("a result with an attachment named with a path", "cv.gdtrh",
                () -> multipart(base + "/submit").file(file("/etc/passwd", "root".getBytes()))
                        .param("resultText", "Đã xong"), 400, List.of("file"), null));
        extension(cases, base, "an extension to a day in the past",
                "{\"newDeadline\":\"2020-01-01\",\"reason\":\"Chậm\"}", "newDeadline");
        extension(cases, base, "an extension to 31/02/2026", "{\"newDeadline\":\"31/02/2026\",\"reason\":\"Chậm\"}",
                "newDeadline");
        extension(cases, base, "an extension that is not later than the deadline",
                "{\"newDeadline\":\"2099-06-30\",\"reason\":\"Chậm\"}", "newDeadline");
        extension(cases, base, "an extension without a reason", "{\"newDeadline\":\"2100-06-30\"}", "reason");
        extension(cases, base, "an extension whose reason has a right-to-left override",
                "{\"newDeadline\":\"2100-06-30\",\"reason\":\"Chậm \u202Edo thiếu kinh phí\"}", "reason");
        handTo(cases, base, "handing the work to an official of another unit", "{\"username\":\"cv.vp\"}");
        handTo(cases, base, "handing the work to a name with a script", "{\"username\":\"<script>alert(1)</script>\"}");
        handTo(cases, base, "handing the work to nobody", "{}");
        handTo(cases, base, "handing the work to a list of officials", "{\"username\":[\"cv.gdtrh\",\"tp.gdtrh\"]}");
    }

    private void appendixCases(List<Case> cases) throws Exception {
        byte[] docx = docx(HEADER_ROW, TASK_ROW);
        byte[] xlsx = xlsx(HEADER_ROW, TASK_ROW);
        parseFile(cases, "a .docx that is really a PDF", "ke-hoach.docx", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(
                StandardCharsets.ISO_8859_1));
        parseFile(cases, "a .docx cut in half", "phu-luc.docx", Arrays.copyOf(docx, docx.length / 2));
        parseFile(cases, "an .xlsx cut in half", "phu-luc.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2));
        parseFile(cases, "a text file named .xlsx", "phu-luc.xlsx", TABLE.getBytes(StandardCharsets.UTF_8));
        parseFile(cases, "a .docx whose document part is not XML", "phu-luc.docx",
                rewrite(docx, "word/document.xml", xml -> xml.substring(0, xml.length() / 3)));
        parseFile(cases, "an .xlsx whose sheet is not XML", "phu-luc.xlsx",
                rewrite(xlsx, "xl/worksheets/sheet1.xml", xml -> xml.substring(0, xml.length() / 2)));
        parseFile(cases, "a .docx whose text inflates a hundred megabytes", "bom.docx", zipBomb("word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
                "</w:body></w:document>"), "abnormal archive");
        parseFile(cases, "an .xlsx whose sheet inflates a hundred megabytes", "bom.xlsx", zipBomb(
                "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
                "</sheetData></worksheet>"), "abnormal archive");
        StringBuilder many = new StringBuilder("Nội dung\tĐơn vị chủ trì\n");
        for (int i = 0; i < 1001; i++) {
            many.append("Việc ").append(i).append("\tPhòng GDTrH\n");
        }
        parseFile(cases, "a CSV with more rows than a plan takes", "phu-luc.tsv",
                many.toString().getBytes(StandardCharsets.UTF_8));
        String[] manyRows = new String[1102];
        manyRows[0] = HEADER_ROW;
        for (int i = 1; i < manyRows.length; i++) {
            manyRows[i] = i + "\tViệc số " + i + "\tPhòng GDTrH\t30/6/2026";
        }
        parseFile(cases, "an .xlsx with more rows than a plan takes", "phu-luc.xlsx", xlsx(manyRows));
        parseFile(cases, "a CSV with a cell of three megabytes", "phu-luc.csv", ("Nội dung;Đơn vị chủ trì\n"
                + "Rà soát ".repeat(400_000) + ";Phòng GDTrH\n").getBytes(StandardCharsets.UTF_8),
                "longer than 100,000");
        parseFile(cases, "a CSV in UTF-16 without a byte order mark", "phu-luc.csv",
                TABLE.getBytes(StandardCharsets.UTF_16LE));
        parseFile(cases, "a CSV in the TCVN3 encoding of the 1990s", "phu-luc.csv", tcvn3CsvTable(), "TCVN3");
        parseFile(cases, "a file named with a path that climbs out", "../../etc/passwd.docx", docx, "file name");
        parseFile(cases, "a file named with an image that runs script", "<img src=x onerror=alert(1)>.docx", docx,
                "file name");
        parseText(cases, "text declared UTF-8 in the Vietnamese Windows code page",
                TABLE.getBytes(Charset.forName("windows-1258")), "UTF-8");
        parseText(cases, "text declared UTF-8 with invalid byte sequences", concat(
                TABLE.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xED, (byte) 0xA0,
                        (byte) 0x80, (byte) 0xC0, (byte) 0xAF}), "UTF-8");
        parseText(cases, "text declared UTF-8 that is UTF-16 without a byte order mark",
                TABLE.getBytes(StandardCharsets.UTF_16LE), "UTF-8");
        parseText(cases, "text with an ESC character in a cell",
                TABLE.replace("Kế hoạch tuyển sinh", "Kế hoạch \u001b[31mtuyển sinh").getBytes(StandardCharsets.UTF_8),
                "control characters");
        parseText(cases, "text of twelve megabytes", ("Nội dung\tĐơn vị chủ trì\n" + "Rà soát hồ sơ\tPhòng GDTrH\n"
                .repeat(500_000)).getBytes(StandardCharsets.UTF_8), "larger than 10 MB");
        cases.add(new Case("an upload without its file part", "cv.gdtrh",
                () -> multipart("/api/appendix/parse").param("x", "1"), 400, List.of("file"), "must not be empty"));
        cases.add(new Case("an appendix sent as JSON", "cv.gdtrh", () -> jsonBody(post("/api/appendix/parse"),
                "{\"text\":\"x\"}"), 415, List.of(), "text/plain"));
    }

    private void aliasCases(List<Case> cases) {
        alias(cases, "a unit spelling with a script element", "<script>alert(1)</script>", "GDTrH", "written");
        alias(cases, "a unit spelling with a javascript: link", "javascript:alert(1)", "GDTrH", "written");
        alias(cases, "a unit spelling with a right-to-left override", "Phòng \u202EHTrDG", "GDTrH", "written");
        alias(cases, "a unit spelling longer than its column", "Phòng Giáo dục Trung học ".repeat(15), "GDTrH",
                "written");
        alias(cases, "a unit spelling for a unit that does not exist", "Phòng Trung học", "<b>GDTrH</b>", "unit");
        cases.add(new Case("a unit spelling as broken JSON", "admin",
                () -> jsonBody(post("/api/appendix/aliases"), "{\"written\":\"Phòng"), 400, List.of(),
                "not valid JSON"));
    }

    private void readingCases(List<Case> cases) {
        read(cases, "a plan list filtered by a status that does not exist", "cv.gdtrh", "/api/plans?status=DELETE",
                "status");
        read(cases, "a plan list with a page that is not a number", "cv.gdtrh", "/api/plans?page=abc", "page");
        cases.add(new Case("a plan whose id is not a number", "cv.gdtrh",
                () -> get(URI.create("/api/plans/1%20or%201=1")), 400, List.of("id"), null));
        cases.add(new Case("a plan id that climbs out with encoded slashes", "cv.gdtrh",
                () -> get(URI.create("/api/plans/..%2F..%2Fetc%2Fpasswd")), 400, List.of(), "not allowed"));
        read(cases, "an assignment list for a plan id that is not a number", "cv.gdtrh",
                "/api/assignments?planId=abc", "planId");
        read(cases, "an assignment list from 31/02/2026", "cv.gdtrh", "/api/assignments?from=31/02/2026", "from");
        read(cases, "the audit log from the 31st of February", "admin", "/api/audit?from=2026-02-31", "from");
        cases.add(new Case("an API address that does not exist", "cv.gdtrh", () -> get("/api/plans/1/nothing"), 404,
                List.of(), "no such API address"));
        cases.add(new Case("a method the address does not take", "cv.gdtrh",
                () -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/plans/1"), 405,
                List.of(), "DELETE"));
        cases.add(new Case("a retry of an incident whose id is markup", "admin",
                () -> post("/api/incidents/<script>/retry"), 404, List.of(), null));
    }

    // ---- one case ----

    private void check(Case c) throws Exception {
        Map<String, String> before = snapshot();
        MvcResult result = mvc.perform(c.request().get().with(httpBasic(c.user(), "demo"))
                .accept(MediaType.APPLICATION_JSON)).andReturn();
        Map<String, String> after = snapshot();

        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(c.name() + ": " + body).isEqualTo(c.status());
        assertThat(result.getResponse().getContentType()).as(c.name() + ": the content type")
                .startsWith("application/json");
        assertThat(body).doesNotContain("Exception", "\tat ", "<html", "<!DOCTYPE", "vn.sgddt.");
        JsonNode error = json.readTree(body);
        expectMessages(error, "the error");
        List<String> named = new ArrayList<>();
        error.path("fieldErrors").forEach(fe -> {
            named.add(fe.path("field").asText());
            expectMessages(fe, "the field error of " + fe.path("field").asText());
        });
        assertThat(named).as("fields named").containsAll(c.fields());
        if (c.english() != null) {
            assertThat(error.path("messageEn").asText()).as("English message").containsIgnoringCase(c.english());
        }
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, sum) -> {
            if (!sum.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + sum);
            }
        });
        assertThat(changed).as("tables changed by " + c.name()).isEmpty();
        assertThat(after.keySet()).isEqualTo(before.keySet());
    }

    private static void expectMessages(JsonNode node, String what) {
        String vi = node.path("messageVi").asText("");
        String en = node.path("messageEn").asText("");
        assertThat(vi).as(what + ", in Vietnamese").isNotBlank().doesNotMatch(KEY_LIKE);
        assertThat(en).as(what + ", in English").isNotBlank().doesNotMatch(KEY_LIKE);
        assertThat(vi).as(what + " is translated").isNotEqualTo(en);
    }

    // ---- the state of the database ----

    /**
     * Every table's row count and a digest of its rows, as a multiset (the digests of the rows sorted), so no order
     * is assumed. The engine's metrics log is left out: the engine writes it on a timer of its own, whatever the
     * requests do.
     */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            tables.remove("ACT_RU_METER_LOG");
            assertThat(tables).contains("PLAN_DOCUMENT", "ASSIGNMENT", "AUDIT_ENTRY", "ACT_RU_TASK",
                    "ACT_RU_EXECUTION", "ACT_RU_VARIABLE", "ACT_RU_JOB");
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("select * from \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        MessageDigest row = MessageDigest.getInstance("SHA-256");
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            byte[] value = switch (meta.getColumnType(i)) {
                                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(i);
                                default -> {
                                    String s = rs.getString(i);
                                    yield s == null ? null : s.getBytes(StandardCharsets.UTF_8);
                                }
                            };
                            row.update(value == null ? new byte[] {0} : concat(new byte[] {1}, value));
                            row.update((byte) '|');
                        }
                        rows.add(HexFormat.of().formatHex(row.digest()));
                    }
                }
                rows.sort(null);
                MessageDigest whole = MessageDigest.getInstance("SHA-256");
                rows.forEach(r -> whole.update(r.getBytes(StandardCharsets.US_ASCII)));
                sums.put(table, rows.size() + " rows " + HexFormat.of().formatHex(whole.digest()).substring(0, 16));
            }
        }
        return sums;
    }

    // ---- what the cases aim at ----

    private Fixtures fixtures() {
        IssuedPlans issuing = IssuedPlans.from(applicationContext);
        long draft = issuing.as("cv.gdtrh", () -> plans.create(PlanDrafts.of("GDTrH").build())).id();
        long withoutSigner = issuing.as("cv.gdtrh", () -> plans.create(PlanDrafts.of("GDTrH").noSigner().build()))
                .id();
        long inReview = issuing.as("cv.gdtrh", () -> plans.create(PlanDrafts.of("GDTrH").build())).id();
        issuing.as("cv.gdtrh", () -> plans.submit(inReview, null));
        String reviewTask = issuing.as("tp.gdtrh", () -> plans.myOpenStep(inReview).orElseThrow().id());

        LocalDate deadline = LocalDate.of(2099, 12, 31);
        IssuedPlans.Issued issued = issuing.issue("GDTrH", List.of(
                IssuedPlans.row("Tổ chức hội thảo chuyên đề", "GDTrH", deadline, "KTQLCL"),
                IssuedPlans.row("Rà soát hồ sơ tuyển sinh", "GDTrH", deadline),
                IssuedPlans.rowWith("Đề án phát triển trường chuyên", "GDTrH", deadline, null, IssuedPlans.OUTSIDE)));
        long open = issued.assignment(0);
        long submitted = issued.assignment(1);
        long withAuthority = issued.assignment(2);
        issuing.as("cv.gdtrh", () -> assignments.submit(submitted, "Đã rà soát xong.", null, null));
        issuing.as("cv.gdtrh", () -> assignments.submit(withAuthority, "Đã trình UBND tỉnh.", null, null));
        issuing.as("cv.gdtrh", () -> assignments.requestExtension(open, LocalDate.of(2100, 3, 31),
                "Chờ kinh phí."));
        return new Fixtures(draft, withoutSigner, reviewTask, open, taskOf(issuing, submitted, "pgd1",
                AssignmentTask.Kind.ACCEPT), taskOf(issuing, withAuthority, "cv.vp",
                        AssignmentTask.Kind.AUTHORITY_DOCUMENT), taskOf(issuing, open, "pgd1",
                                AssignmentTask.Kind.DECIDE_EXTENSION));
    }

    private String taskOf(IssuedPlans issuing, long assignmentId, String user, AssignmentTask.Kind kind) {
        return issuing.as(user, () -> assignments.myOpenTasks(assignmentId)).stream()
                .filter(t -> t.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " of assignment " + assignmentId + " for " + user))
                .id();
    }

    // ---- building the cases ----

    /** A plan every case changes in one place; {@link #the_plan_the_cases_start_from_is_accepted} shows it is valid. */
    private ObjectNode validPlan() {
        try {
            return (ObjectNode) json.readTree("""
                    {"title":"Kế hoạch kiểm thử dữ liệu xấu","draftingUnit":"GDTrH",
                     "legalBases":["Luật Giáo dục ngày 14 tháng 6 năm 2019;"],
                     "sections":[{"heading":"I. MỤC ĐÍCH, YÊU CẦU","text":"Nâng cao chất lượng."}],
                     "recipients":[{"name":"UBND tỉnh","purpose":"b/c"}],
                     "signer":{"username":"giamdoc","form":"DIRECT"},
                     "appendix":[{"seq":1,"group":"A. Nhiệm vụ chung","content":"Tổ chức hội thảo chuyên đề",
                                  "leadUnit":"GDTrH","coordinatingUnits":["KTQLCL"],
                                  "externalCoordinators":["Trường THPT Long An"],"deadline":"2099-11-30",
                                  "deadlineText":"Tháng 11/2099","issuingAuthority":"Sở GD&ĐT"}]}
                    """);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String edit(ObjectNode plan, Consumer<ObjectNode> change) {
        change.accept(plan);
        return plan.toString();
    }

    private static ObjectNode row(ObjectNode plan) {
        return (ObjectNode) plan.get("appendix").get(0);
    }

    private static ObjectNode section(ObjectNode plan) {
        return (ObjectNode) plan.get("sections").get(0);
    }

    private static ObjectNode recipient(ObjectNode plan) {
        return (ObjectNode) plan.get("recipients").get(0);
    }

    private void plan(List<Case> cases, String name, Consumer<ObjectNode> change, String field, String english) {
        cases.add(new Case(name, "cv.gdtrh", () -> jsonBody(post("/api/plans"), edit(validPlan(), change)), 400,
                List.of(field), english));
    }

    private static void rawPlan(List<Case> cases, String name, String body, int status, List<String> fields,
            String english) {
        cases.add(new Case(name, "cv.gdtrh", () -> jsonBody(post("/api/plans"), body), status, fields, english));
    }

    private String thirtyMegabytePlan() {
        return edit(validPlan(), p -> section(p).put("text", "Nâng cao chất lượng dạy và học. ".repeat(1_000_000)));
    }

    private static MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    }

    private String comment(String text) {
        return json.createObjectNode().put("comment", text).toString();
    }

    private String decisionJson(String decision, String comment) {
        return json.createObjectNode().put("decision", decision).put("comment", comment).toString();
    }

    private static void decision(List<Case> cases, String name, String user, String url, String body, String field) {
        cases.add(new Case(name, user, () -> jsonBody(post(url), body), 400, List.of(field), null));
    }

    private void progress(List<Case> cases, String assignmentUrl, String name, String body, String field) {
        cases.add(new Case(name, "cv.gdtrh", () -> jsonBody(post(assignmentUrl + "/progress"), body), 400,
                List.of(field), null));
    }

    private void extension(List<Case> cases, String assignmentUrl, String name, String body, String field) {
        cases.add(new Case(name, "cv.gdtrh", () -> jsonBody(post(assignmentUrl + "/extension"), body), 400,
                List.of(field), null));
    }

    private void handTo(List<Case> cases, String assignmentUrl, String name, String body) {
        cases.add(new Case(name, "tp.gdtrh", () -> jsonBody(post(assignmentUrl + "/hand-to"), body), 400,
                List.of("username"), null));
    }

    private void attachment(List<Case> cases, String assignmentUrl, String name, String fileName) {
        cases.add(new Case(name, "cv.gdtrh", () -> multipart(assignmentUrl + "/progress")
                .file(file(fileName, "Báo cáo tiến độ".getBytes(StandardCharsets.UTF_8))).param("percent", "40"),
                400, List.of("file"), "file name"));
    }

    private static MockMultipartFile file(String name, byte[] data) {
        return new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, data);
    }

    private static void parseFile(List<Case> cases, String name, String fileName, byte[] data) {
        parseFile(cases, name, fileName, data, null);
    }

    private static void parseFile(List<Case> cases, String name, String fileName, byte[] data, String english) {
        cases.add(new Case(name, "cv.gdtrh", () -> multipart("/api/appendix/parse").file(file(fileName, data)), 400,
                List.of("file"), english));
    }

    private static void parseText(List<Case> cases, String name, byte[] body, String english) {
        cases.add(new Case(name, "cv.gdtrh", () -> post("/api/appendix/parse")
                .contentType("text/plain;charset=UTF-8").content(body), 400, List.of("file"), english));
    }

    private void alias(List<Case> cases, String name, String written, String unit, String field) {
        String body = json.createObjectNode().put("written", written).put("unit", unit).toString();
        cases.add(new Case(name, "admin", () -> jsonBody(post("/api/appendix/aliases"), body), 400, List.of(field),
                null));
    }

    private static void read(List<Case> cases, String name, String user, String url, String field) {
        cases.add(new Case(name, user, () -> get(url), 400, List.of(field), null));
    }

    // ---- files ----

    private static byte[] docx(String... rows) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable t = doc.createTable(rows.length, rows[0].split("\t").length);
            for (int r = 0; r < rows.length; r++) {
                String[] cells = rows[r].split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    t.getRow(r).getCell(c).setText(cells[c]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx(String... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Phụ lục");
            for (int r = 0; r < rows.length; r++) {
                String[] cells = rows[r].split("\t", -1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The same package with one part's text changed. */
    private static byte[] rewrite(byte[] zip, String part, UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String changed = change.apply(new String(data, StandardCharsets.UTF_8));
                    assertThat(changed).as("the change of " + part).isNotEqualTo(new String(data,
                            StandardCharsets.UTF_8));
                    data = changed.getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                copy.putNextEntry(new ZipEntry(e.getName()));
                copy.write(data);
                copy.closeEntry();
            }
        }
        assertThat(found).as(part).isTrue();
        return out.toByteArray();
    }

    /** A package of a few hundred kilobytes whose one part inflates to a hundred megabytes of XML. */
    private static byte[] zipBomb(String part, String open, String close) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
            zip.putNextEntry(new ZipEntry(part));
            zip.write(open.getBytes(StandardCharsets.UTF_8));
            byte[] filler = new byte[1024 * 1024];
            Arrays.fill(filler, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(filler);
            }
            zip.write(close.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(out.size()).as("the bomb is small").isLessThan(500_000);
        return out.toByteArray();
    }

    /** "Nội dung;Đơn vị chủ trì" and a row as a TCVN3 (ABC) font of the 1990s writes them, one byte a letter. */
    private static byte[] tcvn3CsvTable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] text = {'N', 0xE9, 'i', ' ', 'd', 'u', 'n', 'g', ';', 0xA7, 0xAC, 'n', ' ', 'v', 0xDE, ' ', 'c', 'h',
                0xF1, ' ', 't', 'r', 0xD7, '\n', 'R', 0xB5, ' ', 's', 'o', 0xB8, 't', ';', 'P', 'h', 0xDF, 'n', 'g',
                ' ', 'G', 'D', 'T', 'r', 'H', '\n'};
        for (int b : text) {
            out.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    // ---- the other side of the rules ----

    @Test
    void the_plan_the_cases_start_from_is_accepted() throws Exception {
        MvcResult created = mvc.perform(jsonBody(post("/api/plans"), validPlan().toString())
                .with(httpBasic("cv.gdtrh", "demo"))).andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
    }

    @Test
    void the_appendix_the_file_cases_start_from_is_read() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(
                multipart("/api/appendix/parse").file(file("phu-luc.docx", docx(HEADER_ROW, TASK_ROW))),
                multipart("/api/appendix/parse").file(file("phu-luc.xlsx", xlsx(HEADER_ROW, TASK_ROW))),
                post("/api/appendix/parse").contentType("text/plain;charset=UTF-8")
                        .content(TABLE.getBytes(StandardCharsets.UTF_8)))) {
            MvcResult read = mvc.perform(request.with(httpBasic("cv.gdtrh", "demo"))).andReturn();
            assertThat(read.getResponse().getStatus()).as(read.getResponse().getContentAsString()).isEqualTo(200);
            assertThat(json.readTree(read.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .at("/rows/0/leadUnit").asText()).isEqualTo("GDTrH");
        }
    }

    @Test
    void markup_in_multi_line_text_is_kept_as_plain_text_and_every_text_is_stored_in_nfc() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Kế hoạch tuyển sinh năm học 2026",
                java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Kế hoạch tuyển sinh năm học 2026");
        String body = edit(validPlan(), p -> {
            p.put("title", decomposed);
            section(p).put("text", "Tỷ lệ <b>đạt</b> < 5% & \"đúng hạn\"\n<script>alert(1)</script>");
            row(p).put("content", "Rà soát <i>hồ sơ</i>");
        });
        MvcResult created = mvc.perform(jsonBody(post("/api/plans"), body).with(httpBasic("cv.gdtrh", "demo")))
                .andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode plan = json.readTree(created.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(plan.path("title").asText()).isEqualTo("Kế hoạch tuyển sinh năm học 2026");
        assertThat(plan.at("/sections/0/text").asText())
                .isEqualTo("Tỷ lệ <b>đạt</b> < 5% & \"đúng hạn\"\n<script>alert(1)</script>");
        assertThat(plan.at("/appendix/0/content").asText()).isEqualTo("Rà soát <i>hồ sơ</i>");
    }

    @Test
    void a_line_break_typed_into_a_title_becomes_a_space() throws Exception {
        SignedIn.as(directory, "cv.gdtrh");
        try {
            PlanContent content = PlanDrafts.of("GDTrH").title("Kế hoạch tuyển sinh\r\nnăm học\t2026 - 2027").build();
            PlanDetails created = plans.create(content);
            assertThat(created.title()).isEqualTo("Kế hoạch tuyển sinh năm học 2026 - 2027");
        } finally {
            SignedIn.clear();
        }
    }

    @Test
    void the_type_a_client_gives_an_attachment_is_kept_only_when_it_is_a_media_type() throws Exception {
        IssuedPlans issuing = IssuedPlans.from(applicationContext);
        long id = issuing.issue("GDTrH", List.of(IssuedPlans.row("Báo cáo tổng kết", "GDTrH",
                LocalDate.of(2099, 12, 31)))).assignment(0);
        for (String type : List.of("application/pdf; name=\"bao-cao.pdf\"", "x".repeat(300), "<b>")) {
            MvcResult sent = mvc.perform(multipart("/api/assignments/" + id + "/progress")
                    .file(new MockMultipartFile("file", "bao-cao.pdf", type, "%PDF-1.7".getBytes()))
                    .param("percent", "10").with(httpBasic("cv.gdtrh", "demo"))).andReturn();
            assertThat(sent.getResponse().getStatus()).as(sent.getResponse().getContentAsString()).isEqualTo(200);
        }
        JsonNode files = json.readTree(mvc.perform(get("/api/assignments/" + id).with(httpBasic("cv.gdtrh", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).path("attachments");
        assertThat(files.findValuesAsText("contentType"))
                .containsExactlyInAnyOrder("application/pdf", "application/octet-stream", "application/octet-stream");
    }

    @Test
    void the_snapshot_sees_a_new_draft_in_our_tables_and_in_the_engine() throws Exception {
        Map<String, String> before = snapshot();
        SignedIn.as(directory, "cv.gdtrh");
        try {
            plans.create(PlanDrafts.of("GDTrH").build());
        } finally {
            SignedIn.clear();
        }
        Map<String, String> after = snapshot();
        assertThat(after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))))
                .contains("PLAN_DOCUMENT", "PLAN_HISTORY", "AUDIT_ENTRY", "ACT_RU_EXECUTION", "ACT_RU_TASK");
    }

    @Test
    void a_body_without_a_declared_length_is_cut_at_the_limit_by_the_parser() {
        ObjectMapper strict = ApiRequests.strict(json, 1000);
        byte[] small = ("{\"legalBases\":[" + "\"Căn cứ\",".repeat(50) + "\"x\"]}").getBytes(StandardCharsets.UTF_8);
        byte[] large = ("{\"legalBases\":[" + "\"Căn cứ\",".repeat(5000) + "\"x\"]}").getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowable(() -> strict.readTree(new ByteArrayInputStream(small)))).isNull();
        assertThat(catchThrowable(() -> strict.readTree(new ByteArrayInputStream(large))))
                .isInstanceOf(StreamConstraintsException.class);
    }
}
