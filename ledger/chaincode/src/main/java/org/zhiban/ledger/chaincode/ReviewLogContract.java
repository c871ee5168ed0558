package org.zhiban.ledger.chaincode;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * 审查日志锚定合约: the chaincode that anchors the review log's signed checkpoints. Each (origin, tree size) is written
 * once and never changed; the same checkpoint sent again is answered with the stored one, so a retried delivery is
 * harmless, while a different root for an anchored size — a rewritten log — is refused.
 *
 * <p>Transactions return the checkpoint as JSON (see {@link CheckpointRecord}); queries that find nothing return an
 * empty payload.
 */
@Contract(name = "ReviewLogContract",
        info = @Info(title = "Zhiban review log anchor", version = "1.0.0",
                description = "Write-once anchoring of signed review-log checkpoints"))
@Default
public class ReviewLogContract implements ContractInterface {

    /** Error payload when a different root is already anchored for the same (origin, tree size). */
    public static final String CHECKPOINT_CONFLICT = "CHECKPOINT_CONFLICT";
    /** Error payload when the root is already anchored for a different tree size of the same origin. */
    public static final String ROOT_CONFLICT = "ROOT_CONFLICT";
    /** Error payload of a refused, malformed checkpoint. */
    public static final String INVALID_CHECKPOINT = CheckpointInputs.INVALID_CHECKPOINT;

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String anchorCheckpoint(Context ctx, String origin, long treeSize, String rootHash, String hashAlgorithm,
                                   String signature, String publicKey, String createdAt) {
        CheckpointInputs.requireValid(origin, treeSize, rootHash, hashAlgorithm, signature, publicKey, createdAt);
        ChaincodeStub stub = ctx.getStub();
        String sizeKey = CheckpointKeys.bySize(stub, origin, treeSize);
        Optional<CheckpointRecord> anchored = readCheckpoint(stub, sizeKey);
        if (anchored.isPresent()) {
            return sameRootOrRefuse(anchored.get(), rootHash);
        }
        String rootKey = CheckpointKeys.byRoot(stub, origin, rootHash);
        Optional<Long> sizeOfRoot = readSize(stub, rootKey);
        if (sizeOfRoot.isPresent()) {
            // Two sizes cannot share a root in an append-only Merkle log; writing both would hide one from queryByRoot.
            throw new ChaincodeException("Root " + rootHash + " of " + origin + " is already anchored for tree size "
                    + sizeOfRoot.get() + ", not " + treeSize, ROOT_CONFLICT);
        }
        CheckpointRecord record = new CheckpointRecord(origin, treeSize, rootHash, hashAlgorithm,
                signature, publicKey, createdAt, stub.getTxId());
        stub.putState(sizeKey, record.toJsonBytes());
        stub.putState(rootKey, Long.toString(treeSize).getBytes(StandardCharsets.UTF_8));
        return record.toJson();
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String queryBySize(Context ctx, String origin, long treeSize) {
        CheckpointInputs.requireOrigin(origin);
        CheckpointInputs.requireTreeSize(treeSize);
        ChaincodeStub stub = ctx.getStub();
        return readCheckpoint(stub, CheckpointKeys.bySize(stub, origin, treeSize))
                .map(CheckpointRecord::toJson)
                .orElse("");
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String queryByRoot(Context ctx, String origin, String rootHash) {
        CheckpointInputs.requireOrigin(origin);
        CheckpointInputs.requireRootHash(rootHash);
        ChaincodeStub stub = ctx.getStub();
        return readSize(stub, CheckpointKeys.byRoot(stub, origin, rootHash))
                .flatMap(size -> readCheckpoint(stub, CheckpointKeys.bySize(stub, origin, size)))
                .map(CheckpointRecord::toJson)
                .orElse("");
    }

    private static String sameRootOrRefuse(CheckpointRecord anchored, String rootHash) {
        if (anchored.rootHash().equals(rootHash)) {
            return anchored.toJson();
        }
        throw new ChaincodeException("Tree size " + anchored.treeSize() + " of " + anchored.origin()
                + " is already anchored with root " + anchored.rootHash() + "; refusing root " + rootHash,
                CHECKPOINT_CONFLICT);
    }

    private static Optional<CheckpointRecord> readCheckpoint(ChaincodeStub stub, String key) {
        return present(stub.getState(key)).map(CheckpointRecord::fromJson);
    }

    private static Optional<Long> readSize(ChaincodeStub stub, String key) {
        return present(stub.getState(key)).map(bytes -> Long.parseLong(new String(bytes, StandardCharsets.UTF_8)));
    }

    // The peer answers a missing key with an empty value, not null; treat both as absent.
    private static Optional<byte[]> present(byte[] value) {
        return value == null || value.length == 0 ? Optional.empty() : Optional.of(value);
    }
}
