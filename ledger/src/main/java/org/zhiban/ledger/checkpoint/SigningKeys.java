package org.zhiban.ledger.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.spec.ECPublicKeySpec;

/**
 * 签名密钥: the checkpoint signing key, from configuration (PKCS#8 PEM, or its bare base64) or from a key file that is
 * created on first start. The public key is derived from the private one when the configuration holds only that.
 */
public final class SigningKeys {

    private static final Pattern PEM_BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]*)-----END \\1-----");

    private SigningKeys() {
    }

    public static KeyPair generate(SignatureScheme scheme) {
        return scheme.newKeyPairGenerator().generateKeyPair();
    }

    /** Reads the key file, or generates a key of {@code scheme} and writes it there (owner-only where the OS allows). */
    public static KeyPair loadOrCreate(Path file, SignatureScheme scheme) {
        try {
            if (Files.exists(file)) {
                return fromPem(Files.readString(file, StandardCharsets.US_ASCII));
            }
            KeyPair keys = generate(scheme);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".checkpoint-key", ".tmp");
            restrictToOwner(temporary);
            Files.writeString(temporary, toPem(keys), StandardCharsets.US_ASCII);
            // Atomic, so two nodes starting at once cannot each keep a different half-written key.
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                Files.deleteIfExists(temporary);
            }
            return fromPem(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or create the checkpoint signing key at " + file, e);
        }
    }

    /** PEM with a {@code PRIVATE KEY} block and, optionally, a {@code PUBLIC KEY} block; or the bare base64 of PKCS#8 DER. */
    public static KeyPair fromPem(String text) {
        byte[] privateDer = null;
        byte[] publicDer = null;
        Matcher block = PEM_BLOCK.matcher(text);
        while (block.find()) {
            byte[] der = Base64.getMimeDecoder().decode(block.group(2));
            switch (block.group(1)) {
                case "PRIVATE KEY" -> privateDer = der;
                case "PUBLIC KEY" -> publicDer = der;
                default -> throw new IllegalArgumentException("unexpected PEM block " + block.group(1) + "; expected PKCS#8 PRIVATE KEY");
            }
        }
        if (privateDer == null) {
            privateDer = Base64.getMimeDecoder().decode(text.strip());
        }
        try {
            PrivateKey privateKey = privateKey(privateDer);
            PublicKey publicKey = publicDer != null
                    ? CheckpointSignatures.publicKey(Base64.getEncoder().encodeToString(publicDer))
                    : derivePublicKey(privateKey);
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a PKCS#8 Ed25519 or SM2 private key: " + e.getMessage(), e);
        }
    }

    public static String toPem(KeyPair keys) {
        return pem("PRIVATE KEY", keys.getPrivate().getEncoded()) + pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    private static PrivateKey privateKey(byte[] der) throws GeneralSecurityException {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(der);
        KeyFactory factory = CheckpointSignatures.ED25519.equals(info.getPrivateKeyAlgorithm().getAlgorithm())
                ? KeyFactory.getInstance("Ed25519")
                : KeyFactory.getInstance("EC", SignatureScheme.BOUNCY_CASTLE);
        return factory.generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static PublicKey derivePublicKey(PrivateKey key) throws GeneralSecurityException, IOException {
        if (key instanceof ECPrivateKey ec) {
            var q = ec.getParameters().getG().multiply(ec.getD()).normalize();
            return KeyFactory.getInstance("EC", SignatureScheme.BOUNCY_CASTLE).generatePublic(new ECPublicKeySpec(q, ec.getParameters()));
        }
        byte[] seed = ASN1OctetString.getInstance(PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey()).getOctets();
        byte[] raw = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
        byte[] spki = new SubjectPublicKeyInfo(new AlgorithmIdentifier(CheckpointSignatures.ED25519), raw).getEncoded();
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
