package vn.sgddt.kehoach.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sgddt.kehoach.support.MutableClock;

/**
 * What the writing of notifications must keep on every database: one row per person named (blanks and repeats
 * dropped), in the order named, with the arguments (the same for all, or each their own), the links and the instant
 * as given; and none when the transaction that tells them fails.
 */
final class NotificationWriting {

    private NotificationWriting() {
    }

    static void check(NotificationService service, NotificationRepository rows, MutableClock clock,
            TransactionTemplate tx, Instant now, long planId) {
        clock.set(now);
        List<String> args = List.of("GDTrH", "Tổng kết năm học 2025-2026; \"báo cáo\" <b>", "");
        service.notify(Arrays.asList("cv.vp", " ", null, "pgd1", "cv.vp", "tp.gdtrh"), "notification.overdue", args,
                planId, null);

        List<Notification> written = ofPlan(rows, planId);
        assertThat(written).extracting(Notification::getRecipient).containsExactly("cv.vp", "pgd1", "tp.gdtrh");
        assertThat(written).allSatisfy(n -> {
            assertThat(n.getId()).isNotNull();
            assertThat(n.getCreatedAt()).isEqualTo(now);
            assertThat(n.getMessageKey()).isEqualTo("notification.overdue");
            assertThat(n.getMessageArgs()).containsExactly(args.toArray());
            assertThat(n.getPlanId()).isEqualTo(planId);
            assertThat(n.getAssignmentId()).isNull();
            assertThat(n.isRead()).isFalse();
        });

        Map<String, List<String>> each = new LinkedHashMap<>();
        each.put("pgd2", List.of("3", "12/KH-SGDĐT", "Kế hoạch A"));
        each.put("", List.of("0", "-", "-"));
        each.put("cv.gdtrh", List.of("1", "12/KH-SGDĐT", "Kế hoạch A"));
        service.notifyEach(each, "notification.assignmentsCreated", planId, null);
        List<Notification> all = ofPlan(rows, planId);
        List<Notification> told = all.subList(written.size(), all.size());
        assertThat(told).extracting(Notification::getRecipient).containsExactly("pgd2", "cv.gdtrh");
        assertThat(told.get(0).getMessageArgs()).containsExactly("3", "12/KH-SGDĐT", "Kế hoạch A");
        assertThat(told.get(1).getMessageArgs()).containsExactly("1", "12/KH-SGDĐT", "Kế hoạch A");
        assertThat(told).allSatisfy(n -> assertThat(n.getMessageKey()).isEqualTo("notification.assignmentsCreated"));
        rows.deleteAll(told);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            service.notify(List.of("pgd2", "giamdoc"), "notification.resultSubmitted", List.of("GDTrH", "x"),
                    planId, 42L);
            assertThat(ofPlan(rows, planId)).hasSize(5);
            throw new IllegalStateException("the work that told them failed");
        })).hasMessage("the work that told them failed");
        assertThat(ofPlan(rows, planId)).hasSize(3);
    }

    /** The rows of a check gone again, so that the other tests sharing the database count only their own. */
    static void forget(NotificationRepository rows, long planId) {
        rows.deleteAll(ofPlan(rows, planId));
    }

    private static List<Notification> ofPlan(NotificationRepository rows, long planId) {
        return rows.findAll().stream().filter(n -> Long.valueOf(planId).equals(n.getPlanId()))
                .sorted(Comparator.comparing(Notification::getId)).toList();
    }
}
