package org.zhiban.ledger.fabric;

import com.google.protobuf.ByteString;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * Part of the test emulation of a Fabric peer: the stub one proposal's chaincode run sees. Like a peer's transaction
 * simulator it reads the committed state (recording each key's version), buffers writes instead of applying them
 * (so a read never sees the transaction's own writes), and hands both over as the transaction's read-write set.
 */
final class SimulatedTransactionStub extends UnsupportedChaincodeStub {

    private final EmulatedLedger ledger;
    private final ProposalContents proposal;
    private final String peerMspId;
    private final Map<String, KVRead> reads = new LinkedHashMap<>();
    private final Map<String, KVWrite> writes = new LinkedHashMap<>();

    SimulatedTransactionStub(EmulatedLedger ledger, ProposalContents proposal, String peerMspId) {
        this.ledger = ledger;
        this.proposal = proposal;
        this.peerMspId = peerMspId;
    }

    KVRWSet readWriteSet() {
        return KVRWSet.newBuilder().addAllReads(reads.values()).addAllWrites(writes.values()).build();
    }

    @Override
    public byte[] getState(String key) {
        var committed = ledger.read(key);
        reads.computeIfAbsent(key, k -> {
            KVRead.Builder read = KVRead.newBuilder().setKey(k);
            committed.ifPresent(value -> read.setVersion(value.version()));
            return read.build();
        });
        return committed.map(value -> value.value().toByteArray()).orElse(new byte[0]);
    }

    @Override
    public void putState(String key, byte[] value) {
        writes.put(key, KVWrite.newBuilder().setKey(key).setValue(ByteString.copyFrom(value)).build());
    }

    @Override
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public List<byte[]> getArgs() {
        return proposal.arguments().stream().map(ByteString::toByteArray).toList();
    }

    @Override
    public List<String> getStringArgs() {
        return proposal.arguments().stream().map(ByteString::toStringUtf8).toList();
    }

    @Override
    public String getFunction() {
        return proposal.function();
    }

    @Override
    public List<String> getParameters() {
        List<String> arguments = getStringArgs();
        return arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
    }

    @Override
    public String getTxId() {
        return proposal.transactionId();
    }

    @Override
    public String getChannelId() {
        return proposal.channelId();
    }

    @Override
    public byte[] getCreator() {
        return proposal.creator().toByteArray();
    }

    @Override
    public SignedProposal getSignedProposal() {
        return proposal.signedProposal();
    }

    @Override
    public Instant getTxTimestamp() {
        return proposal.timestamp();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return Map.of();
    }

    @Override
    public String getMspId() {
        return peerMspId;
    }
}
