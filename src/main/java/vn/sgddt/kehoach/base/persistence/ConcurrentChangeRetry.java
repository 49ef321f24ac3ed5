package vn.sgddt.kehoach.base.persistence;

import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.sgddt.kehoach.base.ConcurrentChangeException;
import vn.sgddt.kehoach.base.RetriedOnConcurrentChange;

/**
 * Runs a {@link RetriedOnConcurrentChange} action again when it lost a race: an optimistic lock of ours or of
 * Camunda's, a row lock or deadlock the database gave up on, or a task completed between reading and acting. The
 * advice sits outside the transaction (it is ordered before Spring's transaction advice), so every run is a whole
 * transaction of its own, rolled back before the next one starts. After the last run the loss goes to the caller
 * as a 409.
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
public class ConcurrentChangeRetry {

    /** Runs in all: the first and up to four more, each after a short random pause that grows. */
    static final int RUNS = 5;

    private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeRetry.class);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor concurrentChangeRetryAdvisor() {
        ComposablePointcut marked = new ComposablePointcut(
                AnnotationMatchingPointcut.forMethodAnnotation(RetriedOnConcurrentChange.class))
                .union(new AnnotationMatchingPointcut(RetriedOnConcurrentChange.class, true));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(marked, new Retrying());
        // before the transaction advice (LOWEST_PRECEDENCE), so each run has its own transaction
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return advisor;
    }

    /** The advice: the whole marked call, run again while it loses races. */
    static final class Retrying implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return invocation.proceed();
            }
            for (int run = 1; ; run++) {
                try {
                    // a clone for each run: an invocation proceeds through the advice chain only once
                    return ((ProxyMethodInvocation) invocation).invocableClone().proceed();
                } catch (RuntimeException e) {
                    if (!isConcurrentChange(e)) {
                        throw e;
                    }
                    if (run == RUNS) {
                        throw e instanceof ConcurrentChangeException ? e : new ConcurrentChangeException(e);
                    }
                    log.debug("{} lost a race (run {}), running it again: {}", invocation.getMethod().getName(), run,
                            e.toString());
                    pause(run);
                }
            }
        }
    }

    static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrentChangeException || t instanceof OptimisticLockingException
                    || t instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int run) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(2L * run, 15L * run + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
