package vn.sgddt.kehoach.assignment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sgddt.kehoach.assignment.DashboardRow;

/** The chart is the one piece of HTML the UI builds from data: every text in it is escaped. */
class StatusChartTest {

    @Test
    void unit_codes_and_labels_in_the_chart_are_escaped() {
        String hostile = "<img src=x onerror=alert(1)>\"&";
        String svg = StatusChart.svg(List.of(new DashboardRow(hostile, "Đơn vị", 1, 2, 0, 0, 0)),
                s -> "<b>" + s.name() + "</b>");

        assertThat(svg).doesNotContain("<img", "<b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;&quot;&amp;", "&lt;b&gt;OPEN_OVERDUE&lt;/b&gt;");
        assertThat(svg).containsOnlyOnce("data-unit=\"&lt;img src=x onerror=alert(1)&gt;&quot;&amp;\"");
    }
}
