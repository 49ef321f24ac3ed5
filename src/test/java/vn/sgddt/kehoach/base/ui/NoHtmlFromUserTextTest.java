package vn.sgddt.kehoach.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI code builds no HTML from strings, with one reviewed exception: the dashboard's SVG chart, whose
 * {@code StatusChart} escapes every text it draws (see {@code StatusChartTest}).
 */
class NoHtmlFromUserTextTest {

    private static final Pattern RAW_HTML = Pattern.compile(
            "new Html\\(|setInnerHTML|\"innerHTML\"|\"outerHTML\"|LitRenderer|unsafeHTML|insertAdjacentHTML");
    private static final List<String> REVIEWED = List.of(
            "assignment/ui/FollowUpView.java: chart.add(new Html(\"<div>\" + StatusChart.svg(dashboard.byUnit(),");

    @Test
    void no_code_builds_html_from_strings_except_the_escaped_chart() throws IOException {
        List<String> uses = new ArrayList<>();
        Path root = Path.of("src/main/java/vn/sgddt/kehoach");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (RAW_HTML.matcher(line).find() && !line.strip().startsWith("import ")) {
                        uses.add(root.relativize(file) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(uses).containsExactlyElementsOf(REVIEWED);
    }
}
