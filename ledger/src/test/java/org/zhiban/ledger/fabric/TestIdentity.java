package org.zhiban.ledger.fabric;

import com.google.protobuf.ByteString;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * A throwaway Fabric identity for tests: a fresh EC P-256 key and a self-signed X.509 certificate made with
 * BouncyCastle, in the shapes the Gateway client wants ({@link X509Identity}, {@link Signer}) and as PEM text.
 * The certificate names the common name as a DNS name too, so it can also serve as a TLS server certificate
 * (and, being self-signed, as its own CA).
 */
record TestIdentity(X509Identity identity, Signer signer, String certificatePem, String privateKeyPem) {

    static TestIdentity create(String mspId, String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName + ",O=" + mspId);
            Instant now = Instant.now();
            var certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(1))), name, keys.getPublic())
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(new GeneralName(GeneralName.dNSName, commonName)))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            return new TestIdentity(new X509Identity(mspId, certificate), Signers.newPrivateKeySigner(keys.getPrivate()),
                    Identities.toPemString(certificate), Identities.toPemString(keys.getPrivate()));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Cannot make a test identity", e);
        }
    }

    /** As Fabric puts a creator or endorser into a message: MSP ID and PEM certificate. */
    ByteString serialized() {
        return SerializedIdentity.newBuilder()
                .setMspid(identity.getMspId())
                .setIdBytes(ByteString.copyFrom(identity.getCredentials()))
                .build()
                .toByteString();
    }
}
