package org.zhiban.ledger.fabric;

import io.grpc.Channel;
import io.grpc.ManagedChannel;
import java.util.Optional;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.identity.Identity;
import org.hyperledger.fabric.client.identity.Signer;
import org.zhiban.ledger.anchor.Anchor;
import org.zhiban.ledger.anchor.AnchorConflictException;
import org.zhiban.ledger.anchor.AnchorReceipt;
import org.zhiban.ledger.anchor.AnchorUnavailableException;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;
import org.zhiban.ledger.fabric.CheckpointJson.StoredCheckpoint;

/**
 * Fabric 锚定: anchors signed checkpoints on a Hyperledger Fabric channel through a peer's Gateway service, with the
 * review-log chaincode ({@code ReviewLogContract}: {@code anchorCheckpoint}, {@code queryBySize}, {@code queryByRoot}).
 *
 * <p>The channel is the judge of what is anchored: before writing, the anchor asks whether the size is already
 * there, and after any refusal it asks again, so a retried delivery returns the first receipt and a rewritten log
 * surfaces as an {@link AnchorConflictException} whichever writer got there first.
 */
public final class FabricAnchor implements Anchor, AutoCloseable {

    public static final String TYPE = "fabric";

    private final Gateway gateway;
    private final Contract contract;
    private final CommittedBlocks blocks;
    private final Runnable closeConnection;

    /** Over a channel the caller opened and will close (tests, or an application sharing one channel). */
    public FabricAnchor(Channel grpcChannel, Identity identity, Signer signer, String channelName, String chaincodeName,
                        FabricSettings.Timeouts timeouts) {
        this(FabricConnections.gateway(grpcChannel, identity, signer, timeouts), channelName, chaincodeName, () -> {
        });
    }

    private FabricAnchor(Gateway gateway, String channelName, String chaincodeName, Runnable closeConnection) {
        this.gateway = gateway;
        this.contract = gateway.getNetwork(channelName).getContract(chaincodeName);
        this.blocks = new CommittedBlocks(gateway, channelName);
        this.closeConnection = closeConnection;
    }

    /** Opens its own channel to the configured peer; {@link #close()} shuts it down. */
    public static FabricAnchor connect(FabricSettings settings) {
        ManagedChannel channel = FabricConnections.openChannel(settings);
        try {
            Gateway gateway = FabricConnections.gateway(channel, FabricConnections.identity(settings),
                    FabricConnections.signer(settings), settings.timeouts());
            return new FabricAnchor(gateway, settings.channel(), settings.chaincode(),
                    () -> FabricConnections.shutDown(channel));
        } catch (RuntimeException e) {
            channel.shutdownNow();
            throw e;
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AnchorReceipt anchor(SignedCheckpoint checkpoint) {
        Optional<AnchoredCheckpoint> anchored = findBySize(checkpoint.origin(), checkpoint.treeSize());
        if (anchored.isPresent()) {
            return receiptIfSameRoot(anchored.get(), checkpoint);
        }
        return submit(checkpoint);
    }

    @Override
    public Optional<AnchoredCheckpoint> findBySize(String origin, long treeSize) {
        return query("queryBySize", origin, Long.toString(treeSize));
    }

    @Override
    public Optional<AnchoredCheckpoint> findByRoot(String origin, String rootHash) {
        return query("queryByRoot", origin, rootHash);
    }

    @Override
    public void close() {
        gateway.close();
        closeConnection.run();
    }

    private AnchorReceipt submit(SignedCheckpoint checkpoint) {
        try {
            SubmittedTransaction submitted = contract.newProposal("anchorCheckpoint")
                    .addArguments(checkpoint.origin(), Long.toString(checkpoint.treeSize()), checkpoint.rootHash(),
                            checkpoint.hashAlgorithm(), checkpoint.signature(), checkpoint.publicKey(),
                            checkpoint.createdAt().toString())
                    .build()
                    .endorse()
                    .submitAsync();
            Status status = submitted.getStatus();
            if (!status.isSuccessful()) {
                // Typically an MVCC read conflict: another writer anchored this size in the same block.
                return afterRefusal(checkpoint, new IllegalStateException(
                        "Transaction " + status.getTransactionId() + " was not committed as valid"));
            }
            StoredCheckpoint stored = CheckpointJson.parse(submitted.getResult()).orElseThrow(
                    () -> new IllegalStateException("anchorCheckpoint answered with no checkpoint"));
            if (stored.txId().equals(status.getTransactionId())) {
                return new AnchorReceipt(TYPE, stored.txId(), status.getBlockNumber());
            }
            // Someone anchored the same checkpoint after our query; the chaincode answered theirs and wrote nothing.
            return receiptIfSameRoot(withReceipt(stored), checkpoint);
        } catch (EndorseException e) {
            if (FabricFailures.isTransient(e)) {
                throw FabricFailures.translate(e, "Cannot endorse checkpoint " + describe(checkpoint));
            }
            return afterRefusal(checkpoint, e);
        } catch (SubmitException | CommitStatusException e) {
            // Whether an unconfirmed transaction committed is learnt on the retry, which finds it by size.
            throw new AnchorUnavailableException("Cannot confirm checkpoint " + describe(checkpoint), e);
        }
    }

    /** The chaincode refused or the commit failed: look at what the channel holds now to tell why. */
    private AnchorReceipt afterRefusal(SignedCheckpoint checkpoint, Exception refusal) {
        Optional<AnchoredCheckpoint> bySize = findBySize(checkpoint.origin(), checkpoint.treeSize());
        if (bySize.isPresent()) {
            return receiptIfSameRoot(bySize.get(), checkpoint);
        }
        Optional<AnchoredCheckpoint> byRoot = findByRoot(checkpoint.origin(), checkpoint.rootHash());
        if (byRoot.isPresent()) {
            throw new AnchorConflictException("Root " + checkpoint.rootHash() + " of " + checkpoint.origin()
                    + " is already anchored for tree size " + byRoot.get().checkpoint().treeSize()
                    + ", not " + checkpoint.treeSize());
        }
        if (refusal instanceof GatewayException gatewayRefusal) {
            throw FabricFailures.translate(gatewayRefusal, "Fabric refused checkpoint " + describe(checkpoint));
        }
        throw new AnchorUnavailableException("Checkpoint " + describe(checkpoint) + " was not anchored", refusal);
    }

    private static AnchorReceipt receiptIfSameRoot(AnchoredCheckpoint anchored, SignedCheckpoint checkpoint) {
        if (anchored.checkpoint().rootHash().equals(checkpoint.rootHash())) {
            return anchored.receipt();
        }
        throw new AnchorConflictException("Tree size " + checkpoint.treeSize() + " of " + checkpoint.origin()
                + " is anchored with root " + anchored.checkpoint().rootHash() + " (transaction "
                + anchored.receipt().txId() + "), not " + checkpoint.rootHash());
    }

    private Optional<AnchoredCheckpoint> query(String function, String... arguments) {
        try {
            return CheckpointJson.parse(contract.evaluateTransaction(function, arguments)).map(this::withReceipt);
        } catch (GatewayException e) {
            throw FabricFailures.translate(e, "Cannot " + function + " " + String.join(" ", arguments));
        }
    }

    private AnchoredCheckpoint withReceipt(StoredCheckpoint stored) {
        try {
            return new AnchoredCheckpoint(stored.checkpoint(),
                    new AnchorReceipt(TYPE, stored.txId(), blocks.blockOf(stored.txId())));
        } catch (CommitStatusException e) {
            throw FabricFailures.translate(e, "Cannot find the block of transaction " + stored.txId());
        }
    }

    private static String describe(SignedCheckpoint checkpoint) {
        return checkpoint.origin() + "@" + checkpoint.treeSize();
    }
}
