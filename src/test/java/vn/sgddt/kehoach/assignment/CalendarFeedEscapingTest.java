package vn.sgddt.kehoach.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text in the calendar feed is escaped as RFC 5545 asks, so nobody's text can add properties or events. */
class CalendarFeedEscapingTest {

    @Test
    void backslash_semicolon_and_comma_are_escaped_and_the_backslash_first() {
        assertThat(CalendarFeed.escape("Hồ sơ A, B; C\\D")).isEqualTo("Hồ sơ A\\, B\\; C\\\\D");
        assertThat(CalendarFeed.escape("\\;")).isEqualTo("\\\\\\;");
    }

    @Test
    void every_kind_of_line_break_becomes_an_escaped_n_so_no_line_of_the_feed_can_be_injected() {
        String injected = CalendarFeed.escape("Họp\r\nEND:VEVENT\rBEGIN:VEVENT\nSUMMARY:giả");

        assertThat(injected).isEqualTo("Họp\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:giả");
        assertThat(injected).doesNotContain("\r", "\n");
    }

    @Test
    void other_control_characters_are_dropped_and_tabs_kept() {
        assertThat(CalendarFeed.escape("a\u0000b\u0007c\td\u007f")).isEqualTo("abc\td");
    }
}
