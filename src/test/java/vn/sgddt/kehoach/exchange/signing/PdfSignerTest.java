package vn.sgddt.kehoach.exchange.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.AGENCY;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.CLOCK;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.NUMBER;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.SIGNER;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSignerTest {

    @TempDir
    Path keyFolder;

    private SigningKeys keys;
    private PdfSigner signer;
    private SignatureVerifier verifier;

    @BeforeEach
    void setUp() {
        keys = SigningFixtures.keys(keyFolder);
        signer = new PdfSigner(CLOCK);
        verifier = new SignatureVerifier(keys, CLOCK);
    }

    @Test
    void a_plan_signed_by_an_official_has_one_valid_signature_covering_the_whole_document() throws IOException {
        byte[] plan = SigningFixtures.plan();

        byte[] signed = signer.sign(plan, keys.forSigner("minh.tv", SIGNER, AGENCY),
                SigningFixtures.officialsBlock());

        assertThat(Arrays.equals(signed, 0, plan.length, plan, 0, plan.length))
                .as("an incremental update leaves the original bytes in place").isTrue();
        List<SignatureReport> reports = verifier.verify(signed);
        assertThat(reports).hasSize(1);
        SignatureReport report = reports.get(0);
        assertThat(report.signerName()).isEqualTo(SIGNER);
        assertThat(report.signingTime()).isEqualTo(CLOCK.instant());
        assertThat(report.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(report.signatureValid()).isTrue();
        assertThat(report.coversWholeRevision()).isTrue();
        assertThat(report.coversWholeDocument()).isTrue();
        assertThat(report.trusted()).isTrue();
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void the_signature_block_shows_signer_agency_and_time_in_an_embedded_vietnamese_font() throws IOException {
        byte[] signed = SigningFixtures.signedByOfficial(keys, signer);

        try (PDDocument document = Loader.loadPDF(signed)) {
            PDAnnotationWidget widget = document.getSignatureFields().get(0).getWidgets().get(0);
            assertThat(document.getPage(0).getAnnotations()).contains(widget);
            assertThat(widget.isPrinted()).isTrue();
            assertThat(widget.getRectangle().getLowerLeftX()).isEqualTo(330f);
            assertThat(widget.getRectangle().getLowerLeftY()).isEqualTo(120f);
            PDAppearanceStream appearance = widget.getNormalAppearanceStream();
            COSName fontName = appearance.getResources().getFontNames().iterator().next();
            PDFont font = appearance.getResources().getFont(fontName);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).endsWith("LiberationSerif");
            assertThat(shownText(appearance, font))
                    .containsExactly("Ký bởi: Trần Văn Minh", "Sở Giáo dục và Đào tạo", "Thời gian: 15/01/2026 09:30");
        }
    }

    @Test
    void the_cms_is_pades_baseline_with_the_signing_certificate_bound_and_no_signing_time_attribute()
            throws Exception {
        byte[] signed = SigningFixtures.signedByOfficial(keys, signer);

        try (PDDocument document = Loader.loadPDF(signed);
                ASN1InputStream in = new ASN1InputStream(document.getSignatureDictionaries().get(0).getContents())) {
            CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
            assertThat(cms.isDetachedSignature()).isTrue();
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(info.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1"); // SHA-256
            AttributeTable attributes = info.getSignedAttributes();
            assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
            assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
            assertThat(attributes.get(CMSAttributes.signingTime)).isNull();
            assertThat(cms.getCertificates().getMatches(null)).hasSize(2);
        }
    }

    @Test
    void numbering_and_the_agency_seal_come_after_the_officials_signature_without_breaking_it() throws IOException {
        byte[] signed = SigningFixtures.signedByOfficial(keys, signer);
        byte[] numbered = signer.stampIncrementally(signed, 0, 60, 620, NUMBER, 13);

        List<SignatureReport> afterNumbering = verifier.verify(numbered);
        assertThat(afterNumbering).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.coversWholeDocument()).isFalse();
        });

        byte[] sealed = signer.sign(numbered, keys.forAgency(AGENCY), SignatureAppearance.at(0, 330, 50, AGENCY));

        List<SignatureReport> reports = verifier.verify(sealed);
        assertThat(reports).extracting(SignatureReport::signerName).containsExactly(SIGNER, AGENCY);
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.coversWholeRevision()).isTrue();
            assertThat(r.trusted()).isTrue();
        });
        assertThat(reports.get(0).coversWholeDocument()).isFalse();
        assertThat(reports.get(1).coversWholeDocument()).isTrue();
        try (PDDocument document = Loader.loadPDF(sealed)) {
            assertThat(new PDFTextStripper().getText(document)).contains(NUMBER, "Triển khai nhiệm vụ trọng tâm");
        }
    }

    @Test
    void an_invisible_signature_is_possible_and_still_valid() throws IOException {
        byte[] signed = signer.sign(SigningFixtures.plan(), keys.forAgency(AGENCY), null);

        assertThat(verifier.verify(signed)).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.signerName()).isEqualTo(AGENCY);
        });
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(document.getSignatureFields().get(0).getWidgets().get(0).getRectangle().getWidth()).isZero();
        }
    }

    @Test
    void a_page_outside_the_document_or_a_file_that_is_not_a_pdf_is_refused() throws IOException {
        byte[] plan = SigningFixtures.plan();
        KeyMaterial key = keys.forAgency(AGENCY);

        assertThatThrownBy(() -> signer.sign(plan, key, SignatureAppearance.at(3, 10, 10, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page 3");
        assertThatThrownBy(() -> signer.stampIncrementally(plan, 1, 10, 10, "x", 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page 1");
        assertThatThrownBy(() -> signer.sign("không phải PDF".getBytes(), key, null))
                .isInstanceOf(SigningException.class).hasMessageContaining("not a readable PDF");
    }

    @Test
    void the_signature_dictionary_names_the_signer_and_the_time() throws IOException {
        byte[] signed = SigningFixtures.signedByOfficial(keys, signer);

        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getName()).isEqualTo(SIGNER);
            assertThat(signature.getSignDate().toInstant()).isEqualTo(CLOCK.instant());
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
        }
    }

    /** The strings drawn by Tj in an appearance stream, decoded through the font's ToUnicode map. */
    private static List<String> shownText(PDAppearanceStream appearance, PDFont font) throws IOException {
        List<Object> tokens = new PDFStreamParser(appearance).parse();
        List<String> lines = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && "Tj".equals(op.getName())
                    && tokens.get(i - 1) instanceof COSString string) {
                StringBuilder line = new StringBuilder();
                ByteArrayInputStream in = new ByteArrayInputStream(string.getBytes());
                while (in.available() > 0) {
                    line.append(font.toUnicode(font.readCode(in)));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }
}
