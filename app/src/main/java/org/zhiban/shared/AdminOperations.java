package org.zhiban.shared;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records an {@link AdminOperation} from code that has no transaction of its own (the knowledge administration,
 * the ledger's heartbeat): the event registry only keeps events published inside one, so this opens one — or joins
 * the caller's.
 */
@Component
public class AdminOperations {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AdminOperations(ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public void record(String userId, String role, String operation, String target, String detail) {
        transaction.executeWithoutResult(status -> events.publishEvent(
                AdminOperation.by(userId, role, operation, target, detail, clock.instant())));
    }

    public void bySystem(String operation, String target, String detail) {
        record(AdminOperation.SYSTEM, AdminOperation.SYSTEM, operation, target, detail);
    }
}
