package org.zhiban.audit;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * 账本告警: raised when the anchor holds a different root for a tree size than our log — the log was rewritten
 * (or the anchor was). That is not a glitch to retry quietly: health turns DOWN until a person has looked.
 */
@Component
class LedgerAlarm {

    private final AtomicReference<String> alarm = new AtomicReference<>();

    void raise(String message) {
        alarm.compareAndSet(null, message);
    }

    Optional<String> current() {
        return Optional.ofNullable(alarm.get());
    }
}
