package org.zhiban.ledger.fabric;

import com.google.protobuf.ByteString;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.Version;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Part of the test emulation of a Fabric peer: the committed world state of the one chaincode, and the status of
 * every transaction the emulated orderer has put into a block. Each submitted transaction gets a block of its own.
 * Committing repeats Fabric's MVCC check: a transaction whose reads are no longer current is marked invalid and its
 * writes are dropped.
 */
final class EmulatedLedger {

    record VersionedValue(ByteString value, Version version) {}

    record CommittedTransaction(TxValidationCode code, long blockNumber) {}

    private final Map<String, VersionedValue> state = new TreeMap<>();
    private final Map<String, CommittedTransaction> transactions = new HashMap<>();
    private long height = 1; // block 0 is the channel's genesis block

    synchronized Optional<VersionedValue> read(String key) {
        return Optional.ofNullable(state.get(key));
    }

    synchronized CommittedTransaction commit(String transactionId, KVRWSet readWriteSet) {
        CommittedTransaction earlier = transactions.get(transactionId);
        if (earlier != null) {
            return earlier; // Fabric keeps the first; a replayed transaction id changes nothing
        }
        long blockNumber = height++;
        TxValidationCode code = readsAreCurrent(readWriteSet) ? TxValidationCode.VALID : TxValidationCode.MVCC_READ_CONFLICT;
        if (code == TxValidationCode.VALID) {
            Version version = Version.newBuilder().setBlockNum(blockNumber).setTxNum(0).build();
            for (KVWrite write : readWriteSet.getWritesList()) {
                apply(write, version);
            }
        }
        CommittedTransaction committed = new CommittedTransaction(code, blockNumber);
        transactions.put(transactionId, committed);
        return committed;
    }

    synchronized Optional<CommittedTransaction> transaction(String transactionId) {
        return Optional.ofNullable(transactions.get(transactionId));
    }

    synchronized long height() {
        return height;
    }

    synchronized int keyCount() {
        return state.size();
    }

    private boolean readsAreCurrent(KVRWSet readWriteSet) {
        for (KVRead read : readWriteSet.getReadsList()) {
            VersionedValue current = state.get(read.getKey());
            boolean readAbsent = !read.hasVersion();
            if (readAbsent ? current != null : current == null || !current.version().equals(read.getVersion())) {
                return false;
            }
        }
        return true;
    }

    private void apply(KVWrite write, Version version) {
        if (write.getIsDelete()) {
            state.remove(write.getKey());
        } else {
            state.put(write.getKey(), new VersionedValue(write.getValue(), version));
        }
    }
}
