package org.zhiban.ledger.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.identity.Identity;

/**
 * 区块查询: finds the block that holds an earlier transaction. The peer's commit-status service answers for any
 * transaction id already in its ledger, not only for the one just submitted, so a checkpoint found on the channel
 * gets the same receipt (transaction and block) as when it was first anchored.
 */
final class CommittedBlocks {

    private final Gateway gateway;
    private final String channelName;

    CommittedBlocks(Gateway gateway, String channelName) {
        this.gateway = gateway;
        this.channelName = channelName;
    }

    long blockOf(String transactionId) throws CommitStatusException {
        // An unsigned request: the Gateway client signs it with the application's identity before sending.
        Status status = gateway.newCommit(commitStatusRequest(transactionId)).getStatus();
        return status.getBlockNumber();
    }

    /**
     * A serialized {@code gateway.SignedCommitStatusRequest}. The generated fabric-protos classes are not on this
     * module's compile classpath (ledger/pom.xml scopes them to tests), so the three small messages are written in
     * protobuf wire format; the field numbers are those of gateway/gateway.proto and msp/identities.proto.
     */
    private byte[] commitStatusRequest(String transactionId) {
        Identity identity = gateway.getIdentity();
        ByteString serializedIdentity = message(out -> {
            out.writeString(1, identity.getMspId());                 // SerializedIdentity.mspid
            out.writeByteArray(2, identity.getCredentials());         // SerializedIdentity.id_bytes
        });
        ByteString request = message(out -> {
            out.writeString(1, transactionId);                        // CommitStatusRequest.transaction_id
            out.writeString(2, channelName);                          // CommitStatusRequest.channel_id
            out.writeBytes(3, serializedIdentity);                    // CommitStatusRequest.identity
        });
        return message(out -> out.writeBytes(1, request)).toByteArray(); // SignedCommitStatusRequest.request
    }

    private interface Fields {
        void writeTo(CodedOutputStream out) throws IOException;
    }

    private static ByteString message(Fields fields) {
        ByteString.Output bytes = ByteString.newOutput();
        try {
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            fields.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return bytes.toByteString();
    }
}
