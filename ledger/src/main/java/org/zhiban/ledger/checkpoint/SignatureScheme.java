package org.zhiban.ledger.checkpoint;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** 签名算法: how checkpoints are signed. Ed25519 comes with the JDK; SM2 (国密, with SM3) through BouncyCastle. */
public enum SignatureScheme {

    ED25519,
    /** SM2 over the sm2p256v1 curve with SM3, GB/T 32918 / GM/T 0003. */
    SM2;

    /** Used as an object, never registered globally, so the app's JCA setup is left alone. */
    static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    public Signature newSignature() {
        try {
            return this == ED25519 ? Signature.getInstance("Ed25519") : Signature.getInstance("SM3withSM2", BOUNCY_CASTLE);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("signature algorithm " + this + " is not available", e);
        }
    }

    KeyPairGenerator newKeyPairGenerator() {
        try {
            if (this == ED25519) {
                return KeyPairGenerator.getInstance("Ed25519");
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BOUNCY_CASTLE);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate " + this + " keys", e);
        }
    }
}
