package org.zhiban.platform;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.zhiban.integrations.storage.ObjectStore;
import org.zhiban.integrations.storage.ObjectStoreException;

/** 对象存储状态 on {@code /actuator/health}: whether the S3 endpoint (MinIO or the embedded one) answers. */
@Component("objectStoreHealthIndicator")
class ObjectStoreHealth implements HealthIndicator {

    private final ObjectStore objectStore;

    ObjectStoreHealth(ObjectStore objectStore) {
        this.objectStore = objectStore;
    }

    @Override
    public Health health() {
        try {
            objectStore.ping();
            return Health.up().build();
        } catch (ObjectStoreException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
