package org.zhiban.platform;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Makes Camunda's identity tables store bcrypt hashes instead of its default salted SHA-512. */
class BcryptPasswordEncryptor implements PasswordEncryptor {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encrypted != null && bcrypt.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return "BCRYPT";
    }
}
