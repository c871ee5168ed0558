package org.zhiban.ledger.audit;

import static org.zhiban.ledger.audit.AuditFinding.Kind.ANCHOR_CHAIN_BROKEN;
import static org.zhiban.ledger.audit.AuditFinding.Kind.ANCHOR_MISMATCH;
import static org.zhiban.ledger.audit.AuditFinding.Kind.SIGNATURE_INVALID;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.zhiban.ledger.anchor.Anchor;
import org.zhiban.ledger.anchor.AnchorReceipt;
import org.zhiban.ledger.anchor.LocalAnchor;
import org.zhiban.ledger.checkpoint.CheckpointSignatures;
import org.zhiban.ledger.checkpoint.CheckpointStore;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;
import org.zhiban.ledger.log.LogIdentity;

/**
 * 已签树头: gathers every signed head the log must agree with: the stored checkpoints, checked for signature and
 * key, and what the anchor holds for them; with the local anchor also its whole chain, so a checkpoint deleted from
 * the checkpoint table still counts.
 */
final class SignedHeads {

    private final CheckpointStore checkpoints;
    private final Anchor anchor;
    private final LogIdentity identity;
    private final Set<String> trustedPublicKeys;

    SignedHeads(CheckpointStore checkpoints, Anchor anchor, LogIdentity identity, Set<String> trustedPublicKeys) {
        this.checkpoints = checkpoints;
        this.anchor = anchor;
        this.identity = identity;
        this.trustedPublicKeys = trustedPublicKeys;
    }

    /** The heads by tree size; problems found on the way go to {@code findings}. */
    List<SignedCheckpoint> collect(List<AuditFinding> findings) {
        TreeMap<Long, SignedCheckpoint> heads = new TreeMap<>();
        for (SignedCheckpoint checkpoint : checkpoints.all()) {
            if (checkSignature(checkpoint, findings)) {
                heads.put(checkpoint.treeSize(), checkpoint);
            }
            if (anchor != null) {
                checkAnchored(checkpoint, findings);
            }
        }
        if (anchor instanceof LocalAnchor local) {
            checkChain(local, heads, findings);
        }
        return new ArrayList<>(heads.values());
    }

    private boolean checkSignature(SignedCheckpoint checkpoint, List<AuditFinding> findings) {
        String problem = null;
        if (!checkpoint.origin().equals(identity.origin()) || !checkpoint.hashAlgorithm().equals(identity.hashAlgorithm().standardName())) {
            problem = "checkpoint of size " + checkpoint.treeSize() + " is for " + checkpoint.origin() + ", not " + identity.origin();
        } else if (!CheckpointSignatures.verify(checkpoint)) {
            problem = "the signature of checkpoint " + checkpoint.treeSize() + " does not verify";
        } else if (!trustedPublicKeys.isEmpty() && !trustedPublicKeys.contains(checkpoint.publicKey())) {
            problem = "checkpoint " + checkpoint.treeSize() + " is signed by a key that is not the log's";
        }
        if (problem != null) {
            findings.add(AuditFinding.ofCheckpoint(SIGNATURE_INVALID, checkpoint.treeSize(), problem));
        }
        return problem == null;
    }

    private void checkAnchored(SignedCheckpoint checkpoint, List<AuditFinding> findings) {
        List<AnchorReceipt> receipts = checkpoints.receipts(checkpoint.treeSize()).stream().filter(r -> r.type().equals(anchor.type())).toList();
        if (receipts.isEmpty()) {
            return; // still queued for anchoring: nothing to compare yet
        }
        var anchored = anchor.findBySize(checkpoint.origin(), checkpoint.treeSize());
        if (anchored.isEmpty()) {
            findings.add(AuditFinding.ofCheckpoint(ANCHOR_MISMATCH, checkpoint.treeSize(), "checkpoint " + checkpoint.treeSize()
                    + " has a " + anchor.type() + " receipt " + receipts.get(0).txId() + " but the anchor does not hold it"));
        } else if (!anchored.get().checkpoint().rootHash().equals(checkpoint.rootHash())) {
            findings.add(AuditFinding.ofCheckpoint(ANCHOR_MISMATCH, checkpoint.treeSize(), "the " + anchor.type() + " anchor holds root "
                    + anchored.get().checkpoint().rootHash() + " for size " + checkpoint.treeSize() + ", the checkpoint says " + checkpoint.rootHash()));
        }
    }

    private void checkChain(LocalAnchor local, TreeMap<Long, SignedCheckpoint> heads, List<AuditFinding> findings) {
        String previous = LocalAnchor.GENESIS;
        long position = 0;
        for (LocalAnchor.ChainLink link : local.chain()) {
            SignedCheckpoint anchored = link.checkpoint();
            if (link.position() != position || !link.previousHash().equals(previous)
                    || !link.chainHash().equals(local.chainHash(previous, anchored))) {
                findings.add(AuditFinding.ofCheckpoint(ANCHOR_CHAIN_BROKEN, anchored.treeSize(), "the local anchor chain is broken at position "
                        + position + " (checkpoint " + anchored.treeSize() + ")"));
            }
            if (!heads.containsKey(anchored.treeSize()) && anchored.origin().equals(identity.origin())
                    && checkSignature(anchored, findings)) {
                findings.add(AuditFinding.ofCheckpoint(ANCHOR_MISMATCH, anchored.treeSize(), "checkpoint " + anchored.treeSize()
                        + " is anchored but missing from the checkpoint table"));
                heads.put(anchored.treeSize(), anchored);
            }
            previous = link.chainHash();
            position = link.position() + 1;
        }
    }
}
