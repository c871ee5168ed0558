package org.zhiban.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a password against the hash in Camunda's identity tables, the way Camunda salts and hashes it, but without
 * {@code IdentityService.checkPassword}: that one also counts failures into a lock of its own that never expires.
 * Throttling and locking are {@code LoginThrottle}'s.
 */
@Service
public class StoredPasswords {

    /** Same cost as the stored hashes ({@code BcryptPasswordEncryptor}). */
    private static final BCryptPasswordEncoder DUMMY = new BCryptPasswordEncoder(10);
    private static final String DUMMY_HASH = DUMMY.encode("no such account / 无此账号");

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engine;

    StoredPasswords(IdentityService identityService, ProcessEngineConfigurationImpl engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    /**
     * Whether the account exists and the password is its own. An unknown account costs the same bcrypt check (on a
     * dummy hash), so the answer's timing does not tell which accounts exist.
     */
    public boolean matches(String userId, String password) {
        var user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        if (password == null || !(user instanceof UserEntity entity) || entity.getPassword() == null) {
            burn(password);
            return false;
        }
        return engine.getPasswordManager().check(EncryptionUtil.saltPassword(password, entity.getSalt()),
                entity.getPassword());
    }

    /** The work of one check and no answer: for a refusal that needs no check (a lock, a wait), to take as long. */
    public void burn(String password) {
        DUMMY.matches(password == null ? "" : password, DUMMY_HASH);
    }
}
