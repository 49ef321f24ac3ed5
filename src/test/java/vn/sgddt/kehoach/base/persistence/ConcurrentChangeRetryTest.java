package vn.sgddt.kehoach.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.sgddt.kehoach.base.ConcurrentChangeException;
import vn.sgddt.kehoach.base.NotAllowedException;
import vn.sgddt.kehoach.base.RetriedOnConcurrentChange;

/** The retry advice on its own: which failures run the action again, how often, and when it stays out. */
class ConcurrentChangeRetryTest {

    /** An action that loses its first {@code losses} races, then succeeds; it counts its runs. */
    static class Action {

        final AtomicInteger runs = new AtomicInteger();
        int losses;
        RuntimeException loss = new OptimisticLockingException("ACT_RU_EXECUTION was updated by another transaction");

        @RetriedOnConcurrentChange
        public String act() {
            if (runs.incrementAndGet() <= losses) {
                throw loss;
            }
            return "done after " + runs.get();
        }

        public String unmarked() {
            runs.incrementAndGet();
            throw loss;
        }
    }

    private final Action target = new Action();
    private final Action proxy = proxy(target);

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void an_action_that_lost_a_race_runs_again_until_it_succeeds() {
        target.losses = 2;
        assertThat(proxy.act()).isEqualTo("done after 3");
        assertThat(target.runs).hasValue(3);
    }

    @Test
    void our_own_optimistic_lock_a_lock_timeout_and_a_task_gone_meanwhile_count_as_races_too() {
        for (RuntimeException loss : new RuntimeException[] {
                new ObjectOptimisticLockingFailureException("Assignment", 7L),
                new CannotAcquireLockException("deadlock detected"),
                new ConcurrentChangeException(new IllegalStateException("task gone")),
                new IllegalStateException("wrapped", new OptimisticLockingException("inner"))}) {
            Action t = new Action();
            t.losses = 1;
            t.loss = loss;
            assertThat(proxy(t).act()).as(loss.toString()).isEqualTo("done after 2");
        }
    }

    @Test
    void an_action_that_keeps_losing_gives_up_with_a_conflict_after_five_runs() {
        target.losses = Integer.MAX_VALUE;
        assertThatThrownBy(proxy::act).isInstanceOf(ConcurrentChangeException.class)
                .hasRootCauseInstanceOf(OptimisticLockingException.class)
                .satisfies(e -> assertThat(((ConcurrentChangeException) e).messageKey())
                        .isEqualTo("error.task.concurrent"));
        assertThat(target.runs).hasValue(ConcurrentChangeRetry.RUNS);
    }

    @Test
    void other_failures_are_not_retried() {
        target.losses = 1;
        target.loss = new NotAllowedException("error.task.notYours");
        assertThatThrownBy(proxy::act).isSameAs(target.loss);
        assertThat(target.runs).hasValue(1);
    }

    @Test
    void unmarked_methods_and_calls_inside_a_running_transaction_are_left_alone() {
        assertThatThrownBy(proxy::unmarked).isInstanceOf(OptimisticLockingException.class);
        assertThat(target.runs).hasValue(1);

        TransactionSynchronizationManager.setActualTransactionActive(true);
        Action inner = new Action();
        inner.losses = 1;
        // the outermost marked call retries the whole transaction; an inner one must not run twice within it
        assertThatThrownBy(proxy(inner)::act).isInstanceOf(OptimisticLockingException.class);
        assertThat(inner.runs).hasValue(1);
    }

    private static Action proxy(Action target) {
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(ConcurrentChangeRetry.concurrentChangeRetryAdvisor());
        return (Action) factory.getProxy();
    }
}
