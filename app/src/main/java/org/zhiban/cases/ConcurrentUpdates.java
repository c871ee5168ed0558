package org.zhiban.cases;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiban.shared.Refusal;

/**
 * Runs a person's step on a process instance in a transaction of its own, and runs it again when the engine
 * reports that a job or another person changed the same instance meanwhile (a 阅件 read while the 归档 job ends
 * its branch, two 会签 departments agreeing in the same second). The whole transaction rolls back first, review
 * events included (they reach the ledger only after commit), so a repeat writes nothing twice. Inside a caller's
 * transaction a repeat cannot help, so the conflict goes to the caller unchanged.
 */
@Component
public class ConcurrentUpdates {

    static final int ATTEMPTS = 4;
    private static final Logger log = LoggerFactory.getLogger(ConcurrentUpdates.class);

    private final TransactionTemplate transaction;

    public ConcurrentUpdates(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    public void run(Runnable work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            work.run();
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> work.run());
                return;
            } catch (OptimisticLockingException e) {
                if (attempt == ATTEMPTS) {
                    throw Refusal.retryLater("case.concurrentUpdate",
                            "本案正由他人或系统同时办理，请稍后重试 / the case was changed concurrently, try again", 2);
                }
                log.info("concurrent update on a process instance, attempt {} of {}: {}", attempt, ATTEMPTS,
                        e.getMessage());
                pause(attempt);
            }
        }
    }

    /** A short, growing pause so the other transaction can finish first. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to repeat a step", e);
        }
    }
}
