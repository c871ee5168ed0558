package org.zhiban.ledger.proof;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;

/** 证明中的检查点: the part of a signed checkpoint a verifier needs: the signed note's fields, signature and key. */
@JsonPropertyOrder({"origin", "treeSize", "rootHash", "signature", "publicKey"})
public record ProofCheckpoint(String origin, long treeSize, String rootHash, String signature, String publicKey) {

    public static ProofCheckpoint of(SignedCheckpoint checkpoint) {
        return new ProofCheckpoint(checkpoint.origin(), checkpoint.treeSize(), checkpoint.rootHash(), checkpoint.signature(),
                checkpoint.publicKey());
    }

    /** The text the signature covers, exactly {@link SignedCheckpoint#signedNote(String, long, String)}. */
    public String signedNote() {
        return SignedCheckpoint.signedNote(origin, treeSize, rootHash);
    }
}
