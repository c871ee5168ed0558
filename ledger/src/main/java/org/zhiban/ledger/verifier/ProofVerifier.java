package org.zhiban.ledger.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zhiban.ledger.checkpoint.CheckpointSignatures;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.hash.Hex;
import org.zhiban.ledger.merkle.MerkleHasher;
import org.zhiban.ledger.merkle.MerkleVerifier;
import org.zhiban.ledger.proof.ConsistencyProof;
import org.zhiban.ledger.proof.ProofCheckpoint;
import org.zhiban.ledger.proof.RecordProof;
import org.zhiban.ledger.record.EntryCodec;
import org.zhiban.ledger.record.LogEntry;
import org.zhiban.ledger.record.MalformedEntryException;

/**
 * 证明校验器: checks a proof with nothing but the proof itself (no database): the leaf hash of the entry, the RFC 9162
 * audit path to the root, that the root and size are the signed checkpoint's, and the checkpoint's signature. With
 * trusted keys given, the checkpoint must also be signed by one of them; otherwise the key in the proof is taken on
 * trust and only internal consistency is shown.
 */
public final class ProofVerifier {

    private final Set<String> trustedPublicKeys;

    /** Trusts the public key carried in each proof. */
    public ProofVerifier() {
        this(Set.of());
    }

    /** Accepts only checkpoints signed by one of these base64 X.509 public keys. */
    public ProofVerifier(Set<String> trustedPublicKeys) {
        this.trustedPublicKeys = Set.copyOf(trustedPublicKeys);
    }

    public VerificationResult verify(RecordProof proof) {
        try {
            return check(proof);
        } catch (IllegalArgumentException | NullPointerException e) {
            return VerificationResult.invalid("malformed proof: " + e.getMessage());
        }
    }

    public VerificationResult verify(ConsistencyProof proof) {
        try {
            return check(proof);
        } catch (IllegalArgumentException | NullPointerException e) {
            return VerificationResult.invalid("malformed proof: " + e.getMessage());
        }
    }

    private VerificationResult check(RecordProof proof) {
        Objects.requireNonNull(proof.entry(), "entry is missing");
        Objects.requireNonNull(proof.checkpoint(), "checkpoint is missing");
        HashAlgorithm algorithm = HashAlgorithm.fromName(proof.hashAlgorithm());
        MerkleHasher hasher = new MerkleHasher(algorithm);
        byte[] leafHash = hasher.leafHash(proof.entry());
        if (!Hex.encode(leafHash).equals(proof.leafHash())) {
            return VerificationResult.invalid("leafHash is not " + algorithm.standardName() + "(0x00 ‖ entry): the entry was changed");
        }
        try {
            LogEntry entry = new EntryCodec().decode(proof.entry());
            if (!entry.record().recordId().equals(proof.recordId()) || entry.sequence() != proof.leafIndex()) {
                return VerificationResult.invalid("the entry is record " + entry.record().recordId() + " at leaf " + entry.sequence()
                        + ", not record " + proof.recordId() + " at leaf " + proof.leafIndex());
            }
        } catch (MalformedEntryException e) {
            return VerificationResult.invalid("the entry is not a review entry: " + e.getMessage());
        }
        List<byte[]> path = decode(proof.auditPath());
        var root = new MerkleVerifier(hasher).rootFromInclusionPath(proof.leafIndex(), proof.treeSize(), leafHash, path);
        if (root.isEmpty()) {
            return VerificationResult.invalid("the audit path does not fit leaf " + proof.leafIndex() + " of a tree of size " + proof.treeSize());
        }
        if (!Hex.encode(root.get()).equals(proof.rootHash())) {
            return VerificationResult.invalid("the audit path leads to root " + Hex.encode(root.get()) + ", not to rootHash " + proof.rootHash());
        }
        ProofCheckpoint checkpoint = proof.checkpoint();
        if (checkpoint.treeSize() != proof.treeSize() || !checkpoint.rootHash().equals(proof.rootHash())) {
            return VerificationResult.invalid("treeSize and rootHash are not the signed checkpoint's");
        }
        VerificationResult signature = checkSignature(checkpoint, algorithm);
        if (!signature.valid()) {
            return signature;
        }
        return VerificationResult.ok("record " + proof.recordId() + " is leaf " + proof.leafIndex() + " of " + checkpoint.origin()
                + " at size " + checkpoint.treeSize() + " (root " + checkpoint.rootHash() + ")" + trustNote());
    }

    private VerificationResult check(ConsistencyProof proof) {
        HashAlgorithm algorithm = HashAlgorithm.fromName(proof.hashAlgorithm());
        ProofCheckpoint first = proof.first();
        ProofCheckpoint second = proof.second();
        if (!first.origin().equals(second.origin())) {
            return VerificationResult.invalid("the checkpoints are of different logs");
        }
        for (ProofCheckpoint checkpoint : List.of(first, second)) {
            VerificationResult signature = checkSignature(checkpoint, algorithm);
            if (!signature.valid()) {
                return signature;
            }
        }
        boolean consistent = new MerkleVerifier(new MerkleHasher(algorithm)).verifyConsistency(first.treeSize(), second.treeSize(),
                Hex.decode(first.rootHash()), Hex.decode(second.rootHash()), decode(proof.consistencyPath()));
        if (!consistent) {
            return VerificationResult.invalid("the log at size " + second.treeSize() + " does not extend the log at size " + first.treeSize());
        }
        return VerificationResult.ok("the log at size " + second.treeSize() + " extends the log at size " + first.treeSize() + trustNote());
    }

    private VerificationResult checkSignature(ProofCheckpoint checkpoint, HashAlgorithm algorithm) {
        if (!checkpoint.origin().endsWith("/" + algorithm.standardName())) {
            return VerificationResult.invalid("checkpoint origin " + checkpoint.origin() + " is not a " + algorithm.standardName() + " log");
        }
        if (!CheckpointSignatures.verify(checkpoint.publicKey(), checkpoint.signedNote(), checkpoint.signature())) {
            return VerificationResult.invalid("the checkpoint signature does not verify with the given publicKey");
        }
        if (!trustedPublicKeys.isEmpty() && !trustedPublicKeys.contains(checkpoint.publicKey())) {
            return VerificationResult.invalid("the checkpoint is signed by a key that is not trusted");
        }
        return VerificationResult.ok("signature valid");
    }

    private String trustNote() {
        return trustedPublicKeys.isEmpty() ? "; signed by the key given in the proof (compare it with the log's published key)" : "; signed by a trusted key";
    }

    private static List<byte[]> decode(List<String> hexes) {
        List<byte[]> hashes = new ArrayList<>();
        for (String hex : Objects.requireNonNull(hexes, "path is missing")) {
            hashes.add(Hex.decode(hex));
        }
        return hashes;
    }
}
