package org.zhiban.ledger.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * 检查点签名: signs and verifies {@link SignedCheckpoint#signedNote()}. The scheme is read from the public key
 * itself (its X.509 algorithm), so a proof file needs to carry only the key and the signature.
 */
public final class CheckpointSignatures {

    /** id-Ed25519 of RFC 8410, spelled out: BouncyCastle's constant lives in bcutil, which the verifier jar leaves out. */
    static final ASN1ObjectIdentifier ED25519 = new ASN1ObjectIdentifier("1.3.101.112");

    private CheckpointSignatures() {
    }

    /** Base64 signature over the UTF-8 bytes of the note. */
    public static String sign(PrivateKey key, String note) {
        try {
            Signature signature = schemeOf(key).newSignature();
            signature.initSign(key);
            signature.update(note.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the checkpoint", e);
        }
    }

    /** True when the checkpoint's signature over its note verifies with the checkpoint's own public key. */
    public static boolean verify(SignedCheckpoint checkpoint) {
        return verify(checkpoint.publicKey(), checkpoint.signedNote(), checkpoint.signature());
    }

    /** True when {@code signatureBase64} is a valid signature over {@code note}; false for any malformed input. */
    public static boolean verify(String publicKeyBase64, String note, String signatureBase64) {
        try {
            PublicKey key = publicKey(publicKeyBase64);
            Signature signature = schemeOf(key).newSignature();
            signature.initVerify(key);
            signature.update(note.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Parses a base64 X.509 SubjectPublicKeyInfo holding an Ed25519 or SM2 key. */
    public static PublicKey publicKey(String base64) throws GeneralSecurityException {
        byte[] der = Base64.getDecoder().decode(base64);
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(der);
        if (ED25519.equals(info.getAlgorithm().getAlgorithm())) {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        }
        if (GMObjectIdentifiers.sm2p256v1.equals(info.getAlgorithm().getParameters())) {
            return KeyFactory.getInstance("EC", SignatureScheme.BOUNCY_CASTLE).generatePublic(new X509EncodedKeySpec(der));
        }
        throw new InvalidKeySpecException("not an Ed25519 or SM2 public key");
    }

    static SignatureScheme schemeOf(Key key) {
        String algorithm = key.getAlgorithm();
        if (algorithm.equals("EdDSA") || algorithm.equals("Ed25519")) {
            return SignatureScheme.ED25519;
        }
        if (algorithm.equals("EC")) {
            return SignatureScheme.SM2;
        }
        throw new IllegalArgumentException("checkpoints are signed with Ed25519 or SM2, not " + algorithm);
    }
}
