package vn.sgddt.kehoach.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transactional action that is run again, in a new transaction, when it lost a race on data it read: two officials
 * acting at the same moment on different tasks of one assignment both succeed, one a few milliseconds later. The
 * second run reads afresh, so an action whose task was completed meanwhile is answered "already completed by …".
 * Only the outermost marked call retries; within a running transaction the mark does nothing.
 *
 * @see vn.sgddt.kehoach.base.persistence.ConcurrentChangeRetry
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RetriedOnConcurrentChange {
}
