package vn.sgddt.kehoach.exchange.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sgddt.kehoach.exchange.signing.SigningFixtures.AGENCY;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SigningConfigurationTest {

    @TempDir
    Path keyFolder;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(Clock.class, () -> SigningFixtures.CLOCK)
            .withUserConfiguration(SigningKeys.class, PdfSigner.class, SignatureVerifier.class);

    @Test
    void the_properties_bind_with_demo_defaults_and_keys_go_to_the_configured_folder() {
        context.withPropertyValues("kehoach.signing.keystore-dir=" + keyFolder).run(app -> {
            assertThat(app).hasNotFailed().hasSingleBean(PdfSigner.class).hasSingleBean(SignatureVerifier.class);
            SigningProperties properties = app.getBean(SigningProperties.class);
            assertThat(properties.keystorePassword()).isEqualTo("demo-keystore");
            assertThat(properties.demoKeys()).isTrue();

            app.getBean(SigningKeys.class).forAgency(AGENCY);

            assertThat(keyFolder.resolve("agency.p12")).isRegularFile();
        });
    }

    @Test
    void demo_keys_can_be_turned_off_as_the_prod_profile_does() {
        context.withPropertyValues("kehoach.signing.keystore-dir=" + keyFolder, "kehoach.signing.demo-keys=false",
                "kehoach.signing.keystore-password=s3cret").run(app -> {
                    assertThat(app.getBean(SigningProperties.class).keystorePassword()).isEqualTo("s3cret");
                    SigningKeys keys = app.getBean(SigningKeys.class);
                    assertThat(keys.demoMode()).isFalse();
                    assertThatThrownBy(() -> keys.forAgency(AGENCY)).isInstanceOf(SigningException.class);
                });
    }

    @Test
    void the_default_folder_is_data_keys() {
        assertThat(new SigningProperties(null, null, null, null).directory())
                .isEqualTo(Path.of("data", "keys").toAbsolutePath());
    }
}
