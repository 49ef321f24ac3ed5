package vn.sgddt.kehoach.exchange.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.AGENCY;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.CLOCK;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.TITLE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureVerifierTest {

    @TempDir
    Path keyFolder;

    @TempDir
    Path otherKeyFolder;

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
    void changing_one_byte_inside_the_first_signed_range_invalidates_the_signatures_that_cover_it()
            throws IOException {
        byte[] sealed = SigningFixtures.countersignedPlan(keys, signer);
        // "Ke hoach 0001" becomes "Ke hoach 0002" in the document information of the first revision
        byte[] tampered = SigningFixtures.withByteChanged(sealed, TITLE, false, TITLE.length() - 1, '2');

        List<SignatureReport> reports = verifier.verify(tampered);

        assertThat(reports).hasSize(2).allSatisfy(r -> {
            assertThat(r.signatureValid()).isFalse();
            assertThat(r.problems()).anyMatch(p -> p.contains("changed after signing"));
        });
    }

    @Test
    void a_change_after_the_officials_signature_breaks_only_the_agency_seal() throws IOException {
        byte[] sealed = SigningFixtures.countersignedPlan(keys, signer);
        // the last signing time written is the agency's, in the last revision: 15/01 becomes 16/01
        byte[] tampered = SigningFixtures.withByteChanged(sealed, "D:20260115", true, 9, '6');

        List<SignatureReport> reports = verifier.verify(tampered);

        assertThat(reports).extracting(SignatureReport::signatureValid).containsExactly(true, false);
    }

    @Test
    void a_truncated_file_is_refused_with_a_clear_message() throws IOException {
        byte[] sealed = SigningFixtures.countersignedPlan(keys, signer);
        byte[] truncated = Arrays.copyOf(sealed, sealed.length - 300);

        assertThatThrownBy(() -> verifier.verify(truncated))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("incomplete");
    }

    @Test
    void bytes_that_are_not_a_pdf_are_refused_with_a_clear_message() {
        byte[] notPdf = "Kế hoạch số 125 %%EOF".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier.verify(notPdf))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("not a PDF");
    }

    @Test
    void a_pdf_cut_off_at_an_earlier_revision_shows_that_revision_as_it_was_signed() throws IOException {
        byte[] signed = SigningFixtures.signedByOfficial(keys, signer);
        byte[] sealed = signer.sign(signed, keys.forAgency(AGENCY), null);

        // the first revisions of a countersigned file are a PDF of their own, signed once
        List<SignatureReport> reports = verifier.verify(Arrays.copyOf(sealed, signed.length));

        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.coversWholeDocument()).isTrue();
        });
    }

    @Test
    void an_unsigned_pdf_has_no_signatures() throws IOException {
        assertThat(verifier.verify(SigningFixtures.plan())).isEmpty();
    }

    @Test
    void a_signature_from_another_authority_is_intact_but_not_trusted() throws IOException {
        keys.forAgency(AGENCY); // our demo authority exists and is trusted
        SigningKeys strangers = SigningFixtures.keys(otherKeyFolder);
        byte[] signed = signer.sign(SigningFixtures.plan(), strangers.forAgency(AGENCY), null);

        assertThat(verifier.verify(signed)).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.trusted()).isFalse();
            assertThat(r.problems()).anyMatch(p -> p.contains("does not chain to a trusted authority"));
        });
    }

    @Test
    void without_demo_keys_only_a_configured_anchor_is_trusted() throws Exception {
        byte[] signed = SigningFixtures.signedByOfficial(keys, signer);
        SignatureVerifier withoutAnchor = new SignatureVerifier(SigningFixtures.keys(keyFolder, false), CLOCK);
        Path anchor = otherKeyFolder.resolve("root.cer");
        Files.write(anchor, keys.trustAnchors().get(0).getEncoded());
        SigningKeys configured = new SigningKeys(
                new SigningProperties(keyFolder.toString(), null, false, List.of(anchor.toString())), CLOCK);
        SignatureVerifier withAnchor = new SignatureVerifier(configured, CLOCK);

        assertThat(withoutAnchor.verify(signed).get(0).trusted()).isFalse();
        assertThat(withAnchor.verify(signed).get(0).trusted()).isTrue();
    }
}
