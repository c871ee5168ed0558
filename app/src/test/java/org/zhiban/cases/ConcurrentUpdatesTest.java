package org.zhiban.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.zhiban.shared.Refusal;

class ConcurrentUpdatesTest {

    /** Counts what a real manager would do: each attempt begins, then commits or rolls back. */
    static class CountingTransactions implements PlatformTransactionManager {
        int commits;
        int rollbacks;

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus(true);
        }

        @Override
        public void commit(TransactionStatus status) {
            commits++;
        }

        @Override
        public void rollback(TransactionStatus status) {
            rollbacks++;
        }
    }

    private final CountingTransactions transactions = new CountingTransactions();
    private final ConcurrentUpdates updates = new ConcurrentUpdates(transactions);

    @Test
    void a_step_that_met_a_concurrent_update_runs_again_in_a_fresh_transaction() {
        AtomicInteger runs = new AtomicInteger();
        updates.run(() -> {
            if (runs.incrementAndGet() < 3) {
                throw new OptimisticLockingException("ENGINE-03005 updated by another transaction");
            }
        });
        assertThat(runs).hasValue(3);
        assertThat(transactions.rollbacks).isEqualTo(2);
        assertThat(transactions.commits).isEqualTo(1);
    }

    @Test
    void a_conflict_that_does_not_go_away_is_refused_with_a_retry_hint() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> updates.run(() -> {
            runs.incrementAndGet();
            throw new OptimisticLockingException("always");
        })).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(r.messageKey()).isEqualTo("case.concurrentUpdate");
            assertThat(r.retryAfterSeconds()).isPositive();
        });
        assertThat(runs).hasValue(ConcurrentUpdates.ATTEMPTS);
        assertThat(transactions.commits).isZero();
    }

    @Test
    void other_failures_are_not_repeated() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> updates.run(() -> {
            runs.incrementAndGet();
            throw Refusal.invalid("x", "bad input");
        })).isInstanceOf(Refusal.class);
        assertThat(runs).hasValue(1);
        assertThat(transactions.rollbacks).isEqualTo(1);
    }
}
