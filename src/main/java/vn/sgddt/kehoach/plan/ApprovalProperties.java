package vn.sgddt.kehoach.plan;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many days each step of the approval is given before it counts as late. */
@ConfigurationProperties("kehoach.approval")
record ApprovalProperties(Map<PlanStep, Integer> dueDays) {

    ApprovalProperties {
        dueDays = dueDays == null ? new EnumMap<>(PlanStep.class) : new EnumMap<>(dueDays);
    }

    Duration timeFor(PlanStep step) {
        return Duration.ofDays(dueDays.getOrDefault(step, 3));
    }
}
