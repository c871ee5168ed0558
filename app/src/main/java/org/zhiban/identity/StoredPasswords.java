package org.zhiban.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Service;

/**
 * Checks a password against the hash in Camunda's identity tables, the way Camunda salts and hashes it, but without
 * {@code IdentityService.checkPassword}: that one also counts failures into a lock of its own that never expires.
 * Throttling and locking are {@code LoginThrottle}'s.
 */
@Service
public class StoredPasswords {

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engine;

    StoredPasswords(IdentityService identityService, ProcessEngineConfigurationImpl engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    /** Whether the account exists and the password is its own; false for an unknown account. */
    public boolean matches(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        var user = identityService.createUserQuery().userId(userId).singleResult();
        if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
            return false;
        }
        return engine.getPasswordManager().check(EncryptionUtil.saltPassword(password, entity.getSalt()),
                entity.getPassword());
    }
}
