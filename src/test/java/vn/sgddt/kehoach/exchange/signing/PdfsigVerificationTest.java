package vn.sgddt.kehoach.exchange.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.CLOCK;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.TITLE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poppler's {@code pdfsig} (Debian package poppler-utils, NSS inside) checks our signatures independently of
 * PDFBox and BouncyCastle. Without it these tests are reported as skipped, with the reason, never as passed.
 */
@EnabledIf(value = "pdfsigIsInstalled",
        disabledReason = "/usr/bin/pdfsig is missing: install it with `apt-get install -y poppler-utils` "
                + "(the CI script does) to check the signatures with an independent verifier")
class PdfsigVerificationTest {

    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");
    private static final String VALID = "Signature Validation: Signature is Valid.";

    @TempDir
    Path folder;

    private SigningKeys keys;
    private PdfSigner signer;

    static boolean pdfsigIsInstalled() {
        return Files.isExecutable(PDFSIG);
    }

    @BeforeEach
    void setUp() {
        keys = SigningFixtures.keys(folder.resolve("keys"));
        signer = new PdfSigner(CLOCK);
    }

    @Test
    void pdfsig_finds_the_officials_signature_and_the_agency_seal_both_valid() throws Exception {
        String report = pdfsig(SigningFixtures.countersignedPlan(keys, signer), "countersigned.pdf");

        assertThat(report).contains("Signature #1", "Signature #2").doesNotContain("Signature #3");
        assertThat(count(report, VALID)).isEqualTo(2);
        assertThat(report).contains("Signature Type: ETSI.CAdES.detached");
        assertThat(report).contains("Signer Certificate Common Name: Trần Văn Minh",
                "Signer Certificate Common Name: Sở Giáo dục và Đào tạo");
    }

    @Test
    void pdfsig_does_not_call_a_tampered_plan_valid() throws Exception {
        byte[] sealed = SigningFixtures.countersignedPlan(keys, signer);
        byte[] tampered = SigningFixtures.withByteChanged(sealed, TITLE, false, TITLE.length() - 1, '2');

        String report = pdfsig(tampered, "tampered.pdf");

        assertThat(report).contains("Signature #1", "Signature #2");
        assertThat(count(report, VALID)).isZero();
    }

    private String pdfsig(byte[] pdf, String name) throws IOException, InterruptedException {
        Path file = folder.resolve(name);
        Files.write(file, pdf);
        Process process = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdfsig finished").isTrue();
        String report = new String(output, StandardCharsets.UTF_8);
        System.out.println("pdfsig " + name + " (exit " + process.exitValue() + "):\n" + report);
        return report;
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
