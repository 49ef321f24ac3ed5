package vn.sgddt.kehoach.base.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * deploy/nginx/kehoach.conf passes {@code nginx -t} (through deploy/nginx/check.sh, which starts nothing). Left out
 * where nginx is not installed: {@code apt-get install nginx-light} to run it.
 */
class NginxConfigTest {

    @Test
    void the_nginx_configuration_is_valid() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/nginx")) && Files.isExecutable(Path.of("/usr/bin/openssl")),
                "nginx or openssl is not installed here (apt-get install nginx-light openssl)");
        Process check = new ProcessBuilder("deploy/nginx/check.sh").redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("test is successful").doesNotContain("[warn]");
    }
}
