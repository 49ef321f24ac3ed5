package vn.sgddt.kehoach.exchange.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;

/**
 * Poppler's {@code pdfsig} agrees with our verifier on a plan issued through the whole approval: the signer's
 * signature and the agency's seal, both valid, the seal covering the whole file. Without pdfsig the test is
 * reported as skipped, with the reason.
 */
@IntegrationTest
@EnabledIf(value = "pdfsigIsInstalled",
        disabledReason = "/usr/bin/pdfsig is missing: install it with `apt-get install -y poppler-utils` "
                + "(the CI script does) to check the issued plans' signatures with an independent verifier")
class IssuedPlanPdfsigTest {

    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    @Autowired
    PlanService plans;

    @Autowired
    DirectoryService directory;

    @Autowired
    SignedDocumentRepository store;

    @TempDir
    Path folder;

    static boolean pdfsigIsInstalled() {
        return Files.isExecutable(PDFSIG);
    }

    @Test
    void pdfsig_finds_the_signers_signature_and_the_agency_seal_of_an_issued_plan_valid() throws Exception {
        long id = new Approvals(plans, directory).issued("cv.gdtrh", PlanDrafts.of("GDTrH")
                .row(PlanDrafts.row("Tổ chức hội thảo chuyên đề", "GDTrH")).build()).id();
        Path file = folder.resolve("issued.pdf");
        Files.write(file, store.findByPlanIdAndStage(id, SignedDocument.Stage.ISSUED).orElseThrow().getPdf());

        Process process = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdfsig finished").isTrue();

        assertThat(report).contains("Signature #1", "Signature #2").doesNotContain("Signature #3");
        assertThat(count(report, "Signature Validation: Signature is Valid.")).as(report).isEqualTo(2);
        assertThat(report).contains("Signer Certificate Common Name: Trần Văn Minh",
                "Signer Certificate Common Name: Sở Giáo dục và Đào tạo", "Signature Type: ETSI.CAdES.detached");
        // the signer's signature is followed by the clerk's writing and the seal; the seal is the last word
        assertThat(report.indexOf("Not total document signed")).as(report)
                .isBetween(report.indexOf("Signature #1"), report.indexOf("Signature #2"));
        assertThat(report.substring(report.indexOf("Signature #2"))).contains("Total document signed")
                .doesNotContain("Not total document signed");
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
