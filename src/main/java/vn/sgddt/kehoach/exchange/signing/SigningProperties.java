package vn.sgddt.kehoach.exchange.signing;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the signing keys are and whether demo keys may be created.
 *
 * @param keystoreDir folder of the PKCS#12 files: {@code <username>.p12} per signer, {@code agency.p12} for the
 *     agency's seal, {@code demo-ca.p12} in demo mode (default {@code ./data/keys})
 * @param keystorePassword password of those files (the default {@code demo-keystore} is for the demo only)
 * @param demoKeys whether missing keys are created, issued by a demo certificate authority (default true; the prod
 *     profile sets false)
 * @param trustAnchors certificate files (PEM or DER) of the authorities whose certificates count as trusted, in
 *     addition to the demo authority in demo mode
 */
@ConfigurationProperties("kehoach.signing")
record SigningProperties(String keystoreDir, String keystorePassword, Boolean demoKeys, List<String> trustAnchors) {

    static final String DEMO_PASSWORD = "demo-keystore";

    SigningProperties {
        keystoreDir = keystoreDir == null || keystoreDir.isBlank() ? "./data/keys" : keystoreDir;
        keystorePassword = keystorePassword == null ? DEMO_PASSWORD : keystorePassword;
        demoKeys = demoKeys == null || demoKeys;
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
    }

    Path directory() {
        return Path.of(keystoreDir).toAbsolutePath().normalize();
    }
}
