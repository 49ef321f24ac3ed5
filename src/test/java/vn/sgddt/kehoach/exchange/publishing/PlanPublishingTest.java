package vn.sgddt.kehoach.exchange.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.exchange.document.PlanDocuments;
import vn.sgddt.kehoach.exchange.signing.SignatureReport;
import vn.sgddt.kehoach.exchange.signing.SignatureVerifier;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.HistoryEntry;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.PlanStep;
import vn.sgddt.kehoach.plan.SigningForm;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.MutableClock;
import vn.sgddt.kehoach.support.PlanDrafts;

/**
 * The plan as a file through the REST API and the digital signatures made at signing and issuing, with the real
 * demo keys, PDFBox reading back what was served.
 */
@IntegrationTest
class PlanPublishingTest {

    private static final String AGENCY = "Sở Giáo dục và Đào tạo";

    @Autowired
    WebApplicationContext context;

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Autowired
    SignedDocumentRepository store;

    @Autowired
    SignatureVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    // the folder SigningKeys uses, with its default
    @Value("${kehoach.signing.keystore-dir:./data/keys}")
    Path keyFolder;

    private MockMvc mvc;
    private Approvals approvals;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        approvals = new Approvals(plans, directory);
    }

    private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    private byte[] download(String user, long planId, String file) throws Exception {
        return call(user, get("/api/plans/{id}/" + file, planId)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\u00A0]+", "");
    }

    /** "ngày 05 tháng 01 năm 2026", "ngày 15 tháng 3 năm 2026" (NĐ 30/2020), without the spaces. */
    private static String dateLine(LocalDate d) {
        String month = d.getMonthValue() <= 2 ? String.format("%02d", d.getMonthValue())
                : String.valueOf(d.getMonthValue());
        return "ngày" + String.format("%02d", d.getDayOfMonth()) + "tháng" + month + "năm" + d.getYear();
    }

    private PlanContent plan(String title) {
        return PlanDrafts.of("GDTrH").title(title).row(PlanDrafts.row("Tổ chức hội thảo chuyên đề", "GDTrH"))
                .build();
    }

    private long awaitingSignatureOf(String signer, SigningForm form, String title) {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").title(title).signer(signer, form).build())
                .id();
        approvals.submit("cv.gdtrh", id);
        approvals.decide("tp.gdtrh", id, Decision.APPROVE, null);
        approvals.decide("pgd1", id, Decision.APPROVE, null);
        return id;
    }

    /** Replaces a key file with bytes that are no PKCS#12 for the duration of {@code action}, then puts it back. */
    private void withDamagedKey(String name, ThrowingRunnable action) throws Exception {
        Path key = keyFolder.resolve(name + ".p12");
        Path kept = keyFolder.resolve(name + ".p12.kept-by-test");
        assertThat(key).as("demo key made at start").isRegularFile();
        Files.move(key, kept, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.write(key, "not a keystore".getBytes());
            action.run();
        } finally {
            Files.move(kept, key, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    // ---- drafts ----

    @Test
    void a_draft_comes_as_word_and_pdf_marked_as_a_draft_with_its_title() throws Exception {
        String title = "Kế hoạch tải dự thảo " + System.nanoTime();
        long id = approvals.create("cv.gdtrh", plan(title)).id();

        ResultActions docx = call("cv.gdtrh", get("/api/plans/{id}/document.docx", id)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", PlanDocuments.DOCX_MEDIA_TYPE))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"ke-hoach-" + id + "-du-thao.docx\""));
        String word = docxText(docx.andReturn().getResponse().getContentAsByteArray());
        assertThat(word).contains("DỰ THẢO", title, "Số:      /KH-SGDĐT");

        ResultActions pdf = call("cv.gdtrh", get("/api/plans/{id}/document.pdf", id)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"ke-hoach-" + id + "-du-thao.pdf\""));
        byte[] printed = pdf.andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(printed)).contains("DỰ THẢO", title, "Tổ chức hội thảo chuyên đề");
        assertThat(verifier.verify(printed)).isEmpty();
        call("cv.gdtrh", get("/api/plans/{id}/signatures", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(store.findByPlanId(id)).isEmpty();
    }

    @Test
    void a_plan_is_not_handed_to_an_official_of_an_outside_unit() throws Exception {
        long id = approvals.create("cv.gdtrh", plan("Kế hoạch không cho đơn vị khác " + System.nanoTime())).id();

        for (String file : List.of("document.docx", "document.pdf", "signatures")) {
            call("cv.ktqlcl", get("/api/plans/{id}/" + file, id)).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        }
        call("cv.ktqlcl", get("/api/plans/{id}/document.pdf", 999_999_999L)).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/{id}/document.pdf", id)).andExpect(status().isUnauthorized());
    }

    // ---- signing and issuing ----

    @Test
    void a_plan_signed_on_31_december_and_issued_in_january_goes_out_with_the_new_year_written_in() throws Exception {
        try {
            clock.set(LocalDate.of(2026, 12, 31).atTime(16, 0).atZone(Formats.ZONE).toInstant());
            long id = approvals.createdAndSigned("cv.gdtrh", plan("Kế hoạch ký cuối năm " + System.nanoTime())).id();
            String signedText = withoutSpaces(pdfText(
                    store.findByPlanIdAndStage(id, SignedDocument.Stage.SIGNED).orElseThrow().getPdf()));
            // nothing of a year is printed before the clerk issues it
            assertThat(signedText).contains("ngàythángnăm").doesNotContain("năm2026").doesNotContain("/2026");

            clock.set(LocalDate.of(2027, 1, 2).atTime(8, 0).atZone(Formats.ZONE).toInstant());
            PlanDetails issued = approvals.decide("vanthu", id, Decision.ISSUE, null);

            assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2027, 1, 2));
            assertThat(issued.number()).endsWith("/KH-SGDĐT");
            String text = withoutSpaces(pdfText(
                    store.findByPlanIdAndStage(id, SignedDocument.Stage.ISSUED).orElseThrow().getPdf()));
            assertThat(text).contains("ngày02tháng01năm2027", "/KH-SGDĐTngày02/01/2027").doesNotContain("năm2026");
        } finally {
            clock.reset();
        }
    }

    @Test
    void the_issued_pdf_carries_the_signers_signature_then_the_agency_seal_with_number_and_date()
            throws Exception {
        String title = "Kế hoạch ký số và phát hành " + System.nanoTime();
        long id = approvals.createdAndSigned("cv.gdtrh", plan(title)).id();

        SignedDocument signed = store.findByPlanIdAndStage(id, SignedDocument.Stage.SIGNED).orElseThrow();
        assertThat(signed.getCreatedBy()).isEqualTo("giamdoc");
        assertThat(signed.getSha256()).isEqualTo(SignedDocument.sha256(signed.getPdf()));
        assertThat(verifier.verify(signed.getPdf())).singleElement().satisfies(r -> {
            assertThat(r.signerName()).isEqualTo("Trần Văn Minh");
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.coversWholeDocument()).isTrue();
        });
        String beforeIssuing = withoutSpaces(pdfText(signed.getPdf()));
        assertThat(beforeIssuing).contains("Số:/KH-SGDĐT", "ngàythángnăm").doesNotContain("DỰTHẢO");
        // from signing on, the PDF served is the signed one
        assertThat(download("cv.gdtrh", id, "document.pdf")).isEqualTo(signed.getPdf());

        PlanDetails issued = approvals.decide("vanthu", id, Decision.ISSUE, null);

        SignedDocument sealed = store.findByPlanIdAndStage(id, SignedDocument.Stage.ISSUED).orElseThrow();
        byte[] served = download("cv.gdtrh", id, "document.pdf");
        assertThat(served).isEqualTo(sealed.getPdf());
        // the signer's bytes are kept as they are, the clerk's writing and the seal come after them
        assertThat(Arrays.copyOf(served, signed.getPdf().length)).isEqualTo(signed.getPdf());
        List<SignatureReport> reports = verifier.verify(served);
        assertThat(reports).extracting(SignatureReport::signerName).containsExactly("Trần Văn Minh", AGENCY);
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.signatureValid()).as(r.toString()).isTrue();
            assertThat(r.coversWholeRevision()).isTrue();
            assertThat(r.subFilter()).isEqualTo("ETSI.CAdES.detached");
        });
        assertThat(reports.get(0).coversWholeDocument()).isFalse();
        assertThat(reports.get(1).coversWholeDocument()).isTrue();

        String text = withoutSpaces(pdfText(served));
        String ordinal = issued.number().substring(0, issued.number().indexOf('/'));
        assertThat(text).contains("Số:" + issued.number(), dateLine(issued.issuedOn()),
                "KèmtheoKếhoạchsố" + ordinal + "/KH-SGDĐTngày" + issued.issuedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(text).contains(withoutSpaces(title)).doesNotContain("DỰTHẢO");
        assertThat(call("cv.gdtrh", get("/api/plans/{id}/document.pdf", id)).andReturn().getResponse()
                .getHeader("Content-Disposition")).isEqualTo("attachment; filename=\""
                        + ordinal + "-KH-SGDDT-" + issued.issuedOn().getYear() + ".pdf\"");

        call("cv.gdtrh", get("/api/plans/{id}/signatures", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].signerName").value("Trần Văn Minh"))
                .andExpect(jsonPath("$[0].valid").value(true))
                .andExpect(jsonPath("$[0].coversWholeDocument").value(false))
                .andExpect(jsonPath("$[0].signedAt").isString())
                .andExpect(jsonPath("$[1].signerName").value(AGENCY))
                .andExpect(jsonPath("$[1].valid").value(true))
                .andExpect(jsonPath("$[1].coversWholeDocument").value(true))
                .andExpect(jsonPath("$[1].trusted").value(true))
                .andExpect(jsonPath("$[1].problems.length()").value(0));
        // Word is printed from the issued plan: number and date, no draft mark
        assertThat(docxText(download("cv.gdtrh", id, "document.docx"))).contains("Số: " + issued.number())
                .doesNotContain("DỰ THẢO");
    }

    @Test
    void a_byte_changed_in_the_stored_pdf_makes_both_signatures_invalid() throws Exception {
        long id = approvals.issued("cv.gdtrh", plan("Kế hoạch bị sửa sau khi ký " + System.nanoTime())).id();
        SignedDocument sealed = store.findByPlanIdAndStage(id, SignedDocument.Stage.ISSUED).orElseThrow();
        byte[] tampered = sealed.getPdf().clone();
        // a byte of the binary comment after the header: still a readable PDF, but not what was signed
        int at = indexOf(tampered, (byte) '\n') + 2;
        tampered[at] ^= 0x01;
        jdbc.update("update plan_signed_document set pdf = ? where id = ?", tampered, sealed.getId());
        assertThat(store.findById(sealed.getId()).orElseThrow().getPdf()).isEqualTo(tampered)
                .isNotEqualTo(sealed.getPdf());

        call("cv.gdtrh", get("/api/plans/{id}/signatures", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].valid").value(false))
                .andExpect(jsonPath("$[1].valid").value(false))
                .andExpect(jsonPath("$[0].problems[0]", containsString("changed after signing")))
                .andExpect(jsonPath("$[1].problems[0]", containsString("changed after signing")));
    }

    @Test
    void when_the_signers_key_is_unusable_the_signing_fails_and_the_plan_stays_unsigned() throws Exception {
        long id = awaitingSignatureOf("pgd2", SigningForm.KT, "Kế hoạch ký số lỗi khóa " + System.nanoTime());
        String task = approvals.stepFor("pgd2", id).id();
        int historyBefore = approvals.get(id).history().size();

        withDamagedKey("pgd2", () -> call("pgd2", post("/api/tasks/{id}/complete", task)
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SIGN\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("UNAVAILABLE"))
                .andExpect(jsonPath("$.messageVi", containsString("Phạm Quốc Huy")))
                .andExpect(jsonPath("$.messageVi", containsString("kế hoạch chưa được ký"))));

        PlanDetails after = approvals.get(id);
        assertThat(after.currentStep()).isEqualTo(PlanStep.SIGN);
        assertThat(after.status()).isEqualTo(PlanStatus.AWAITING_SIGNATURE);
        assertThat(after.history()).hasSize(historyBefore);
        assertThat(store.findByPlanId(id)).isEmpty();
        assertThat(approvals.stepFor("pgd2", id).id()).isEqualTo(task);

        // with the key back, the same step signs
        PlanDetails signed = approvals.decide("pgd2", id, Decision.SIGN, null);
        assertThat(signed.currentStep()).isEqualTo(PlanStep.ISSUE);
        assertThat(verifier.verify(store.findByPlanIdAndStage(id, SignedDocument.Stage.SIGNED).orElseThrow()
                .getPdf())).extracting(SignatureReport::signerName).containsExactly("Phạm Quốc Huy");
    }

    @Test
    void when_the_agency_seal_cannot_be_made_the_issuing_fails_and_the_plan_keeps_no_number() throws Exception {
        long id = approvals.createdAndSigned("cv.gdtrh", plan("Kế hoạch đóng dấu lỗi " + System.nanoTime())).id();
        String task = approvals.stepFor("vanthu", id).id();

        withDamagedKey("agency", () -> call("vanthu", post("/api/tasks/{id}/complete", task)
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ISSUE\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.messageVi", containsString("chưa được phát hành"))));

        PlanDetails after = approvals.get(id);
        assertThat(after.status()).isEqualTo(PlanStatus.AWAITING_ISSUE);
        assertThat(after.number()).isNull();
        assertThat(after.issuedOn()).isNull();
        assertThat(after.history()).extracting(PlanDetails.HistoryItem::action)
                .doesNotContain(HistoryEntry.Action.ISSUED);
        assertThat(store.findByPlanIdAndStage(id, SignedDocument.Stage.ISSUED)).isEmpty();
        assertThat(store.findByPlanIdAndStage(id, SignedDocument.Stage.SIGNED)).isPresent();
        assertThat(approvals.stepFor("vanthu", id).id()).isEqualTo(task);

        PlanDetails issued = approvals.decide("vanthu", id, Decision.ISSUE, null);
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(verifier.verify(store.findByPlanIdAndStage(id, SignedDocument.Stage.ISSUED).orElseThrow()
                .getPdf())).hasSize(2);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
