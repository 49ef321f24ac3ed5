package vn.sgddt.kehoach.base.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void a_context_holds_the_id_until_closed_and_leaves_nothing_behind() {
        try (var ignored = LogContext.plan(12L)) {
            assertThat(MDC.get("planId")).isEqualTo("12");
        }
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void contexts_nest_and_closing_puts_back_the_outer_one() {
        try (var plan = LogContext.plan(12L)) {
            try (var assignment = LogContext.assignment(345L)) {
                assertThat(MDC.get("planId")).isEqualTo("12");
                assertThat(MDC.get("assignmentId")).isEqualTo("345");
                try (var linked = LogContext.plan(13L)) {
                    assertThat(MDC.get("planId")).isEqualTo("13");
                }
                assertThat(MDC.get("planId")).isEqualTo("12");
            }
            assertThat(MDC.get("assignmentId")).isNull();
            assertThat(MDC.get("planId")).isEqualTo("12");
        }
        assertThat(MDC.get("planId")).isNull();
    }

    @Test
    void a_missing_id_changes_nothing() {
        try (var plan = LogContext.plan(12L); var none = LogContext.plan(null)) {
            assertThat(MDC.get("planId")).isEqualTo("12");
        }
        assertThat(MDC.get("planId")).isNull();
    }
}
