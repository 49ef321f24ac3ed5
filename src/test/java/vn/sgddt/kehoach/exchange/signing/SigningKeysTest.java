package vn.sgddt.kehoach.exchange.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.AGENCY;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.CLOCK;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.SIGNER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path keyFolder;

    @Test
    void a_signers_key_is_created_once_and_reused_also_after_a_restart() {
        SigningKeys keys = SigningFixtures.keys(keyFolder);

        KeyMaterial first = keys.forSigner("minh.tv", SIGNER, AGENCY);
        KeyMaterial second = keys.forSigner("minh.tv", "Another Name", AGENCY);
        KeyMaterial afterRestart = SigningFixtures.keys(keyFolder).forSigner("minh.tv", SIGNER, AGENCY);

        assertThat(second.certificate()).isEqualTo(first.certificate());
        assertThat(afterRestart.certificate()).isEqualTo(first.certificate());
        assertThat(afterRestart.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(keyFolder.resolve("minh.tv.p12")).isRegularFile();
        assertThat(keyFolder.resolve("demo-ca.p12")).isRegularFile();
    }

    @Test
    void a_demo_certificate_names_the_person_in_utf8_for_signing_only_issued_by_the_demo_authority()
            throws Exception {
        KeyMaterial key = SigningFixtures.keys(keyFolder).forSigner("minh.tv", SIGNER, AGENCY);
        X509Certificate person = key.certificate();
        X509Certificate ca = key.chain().get(1);

        X500Name subject = X500Name.getInstance(person.getSubjectX500Principal().getEncoded());
        ASN1Encodable cn = subject.getRDNs(BCStyle.CN)[0].getFirst().getValue();
        assertThat(cn).isInstanceOf(DERUTF8String.class);
        assertThat(cn.toString()).isEqualTo("Trần Văn Minh");
        assertThat(subject.getRDNs(BCStyle.O)[0].getFirst().getValue().toString()).isEqualTo(AGENCY);
        assertThat(key.signerName()).isEqualTo(SIGNER);
        // digitalSignature (0) and nonRepudiation (1), not keyCertSign (5); not a CA
        assertThat(person.getKeyUsage()).startsWith(true, true, false, false, false, false);
        assertThat(person.getBasicConstraints()).isEqualTo(-1);
        assertThat(person.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(((RSAPublicKey) person.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        person.verify(ca.getPublicKey());
        person.checkValidity(Date.from(CLOCK.instant()));

        assertThat(Certificates.commonName(ca)).isEqualTo("Demo CA - So Giao duc va Dao tao (KHONG DUNG THAT)");
        assertThat(ca.getSubjectX500Principal()).isEqualTo(ca.getIssuerX500Principal());
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
        ca.verify(ca.getPublicKey());
    }

    @Test
    void the_agency_key_is_issued_to_the_agency_by_the_same_authority() {
        SigningKeys keys = SigningFixtures.keys(keyFolder);
        KeyMaterial person = keys.forSigner("minh.tv", SIGNER, AGENCY);

        KeyMaterial agency = keys.forAgency(AGENCY);

        assertThat(agency.signerName()).isEqualTo(AGENCY);
        assertThat(agency.chain().get(1)).isEqualTo(person.chain().get(1));
        assertThat(keyFolder.resolve("agency.p12")).isRegularFile();
    }

    @Test
    void four_threads_asking_at_once_get_one_key_file_per_name_and_the_same_certificate() throws Exception {
        // two instances, as two beans or a restart during a request would give, on one folder
        List<SigningKeys> instances = List.of(SigningFixtures.keys(keyFolder), SigningFixtures.keys(keyFolder));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<X509Certificate>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                SigningKeys keys = instances.get(i % 2);
                results.add(pool.submit(() -> {
                    start.await();
                    return List.of(keys.forSigner("minh.tv", SIGNER, AGENCY).certificate(),
                            keys.forAgency(AGENCY).certificate());
                }));
            }
            start.countDown();
            List<List<X509Certificate>> certificates = new ArrayList<>();
            for (Future<List<X509Certificate>> result : results) {
                certificates.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(certificates).allSatisfy(c -> assertThat(c).isEqualTo(certificates.get(0)));
        } finally {
            pool.shutdownNow();
        }
        assertThat(fileNames()).containsExactlyInAnyOrder("agency.p12", "demo-ca.p12", "minh.tv.p12", ".keys.lock");
        assertThat(SigningFixtures.keys(keyFolder).forSigner("minh.tv", SIGNER, AGENCY).chain().get(1))
                .isEqualTo(SigningFixtures.keys(keyFolder).forAgency(AGENCY).chain().get(1));
    }

    @Test
    void without_demo_keys_a_missing_key_is_an_error_that_names_the_expected_file() throws IOException {
        SigningKeys production = SigningFixtures.keys(keyFolder, false);

        assertThatThrownBy(() -> production.forSigner("minh.tv", SIGNER, AGENCY))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFolder.resolve("minh.tv.p12").toString());
        assertThat(fileNames()).isEmpty();
    }

    @Test
    void without_demo_keys_an_installed_key_file_is_used() {
        KeyMaterial installed = SigningFixtures.keys(keyFolder).forAgency(AGENCY);

        KeyMaterial used = SigningFixtures.keys(keyFolder, false).forAgency("Any name");

        assertThat(used.certificate()).isEqualTo(installed.certificate());
    }

    @Test
    void a_wrong_keystore_password_is_reported_as_such() {
        SigningFixtures.keys(keyFolder).forAgency(AGENCY);
        SigningKeys wrongPassword = new SigningKeys(
                new SigningProperties(keyFolder.toString(), "not-the-password", true, null), CLOCK);

        assertThatThrownBy(() -> wrongPassword.forAgency(AGENCY))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("wrong keystore password");
    }

    @Test
    void a_username_that_is_not_a_plain_name_or_is_reserved_is_refused() {
        SigningKeys keys = SigningFixtures.keys(keyFolder);

        for (String username : List.of("../minh", "a/b", "", ".hidden", "agency", "Demo-CA")) {
            assertThatThrownBy(() -> keys.forSigner(username, SIGNER, AGENCY))
                    .as(username).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(keyFolder).isEmptyDirectory();
    }

    @Test
    void the_demo_authority_is_a_trust_anchor_only_in_demo_mode() {
        X509Certificate ca = SigningFixtures.keys(keyFolder).forAgency(AGENCY).chain().get(1);

        assertThat(SigningFixtures.keys(keyFolder).trustAnchors()).containsExactly(ca);
        assertThat(SigningFixtures.keys(keyFolder, false).trustAnchors()).isEmpty();
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(keyFolder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
