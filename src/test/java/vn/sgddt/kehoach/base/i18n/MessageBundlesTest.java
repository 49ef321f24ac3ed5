package vn.sgddt.kehoach.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text lives in both bundles, and no screen hard-codes Vietnamese text. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnamese_and_english_bundles_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(new TreeSet<>(vi.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        vi.forEach((k, v) -> assertThat(v.toString()).as("vi " + k).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
    }

    @Test
    void the_vietnamese_bundle_is_written_with_diacritics() throws IOException {
        Properties vi = load("messages.properties");
        assertThat(vi.getProperty("nav.inbox")).isEqualTo("Việc cần xử lý");
        assertThat(vi.getProperty("status.ISSUED")).isEqualTo("Đã ban hành");
    }

    @Test
    void no_view_hard_codes_vietnamese_text() throws IOException {
        // a string literal with a Vietnamese letter in UI code is a text that bypasses the bundles
        Pattern literal = Pattern.compile("\"([^\"\\\\]|\\\\.)*[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]([^\"\\\\]|\\\\.)*\"");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/ui/")).toList()) {
                String[] lines = Files.readString(file).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = literal.matcher(line);
                    if (m.find()) {
                        offenders.add(file + ":" + (i + 1) + " " + m.group());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
