package org.zhiban.ledger.checkpoint;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import org.zhiban.ledger.log.LogIdentity;
import org.zhiban.ledger.log.TreeHead;

/** 检查点签名者: turns a tree head into a {@link SignedCheckpoint} with the log's key. */
public final class CheckpointSigner {

    private final KeyPair keys;
    private final String publicKeyBase64;

    public CheckpointSigner(KeyPair keys) {
        CheckpointSignatures.schemeOf(keys.getPrivate());
        this.keys = keys;
        this.publicKeyBase64 = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public SignedCheckpoint sign(LogIdentity identity, TreeHead head, Instant createdAt) {
        String note = SignedCheckpoint.signedNote(identity.origin(), head.treeSize(), head.rootHash());
        return new SignedCheckpoint(identity.origin(), head.treeSize(), head.rootHash(), identity.hashAlgorithm().standardName(),
                CheckpointSignatures.sign(keys.getPrivate(), note), publicKeyBase64, createdAt);
    }

    /** Base64 X.509 SubjectPublicKeyInfo: what auditors and verifiers pin as the log's trusted key. */
    public String publicKeyBase64() {
        return publicKeyBase64;
    }
}
