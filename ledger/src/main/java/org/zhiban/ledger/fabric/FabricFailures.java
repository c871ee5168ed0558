package org.zhiban.ledger.fabric;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.Set;
import org.hyperledger.fabric.client.GatewayException;
import org.zhiban.ledger.anchor.AnchorUnavailableException;

/**
 * Fabric 故障分类: tells a peer that cannot be reached now (retry later) from a peer that answered "no".
 */
final class FabricFailures {

    // What gRPC reports when the peer, or the orderer or endorsers behind it, cannot be reached in time.
    private static final Set<Status.Code> TRANSIENT = Set.of(
            Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED);
    private static final int ERROR_DETAIL_MESSAGE = 3; // gateway.ErrorDetail.message in gateway/gateway.proto

    private FabricFailures() {
    }

    static boolean isTransient(GatewayException e) {
        return TRANSIENT.contains(e.getStatus().getCode());
    }

    /** The peer cannot be reached now: an {@link AnchorUnavailableException}; any other refusal: an illegal state. */
    static RuntimeException translate(GatewayException e, String attempt) {
        String message = attempt + ": " + e.getStatus().getCode() + " " + e.getStatus().getDescription()
                + detailsOf(e);
        if (isTransient(e)) {
            return new AnchorUnavailableException(message, e);
        }
        return new IllegalStateException(message, e);
    }

    /**
     * The endorsers' own words ("chaincode response 500, Invalid checkpoint: ..."), which a failed endorsement carries
     * only in its status details. They are {@code gateway.ErrorDetail} messages; fabric-protos is not on this module's
     * compile classpath (ledger/pom.xml scopes it to tests), so the message field is read without the generated class.
     */
    private static String detailsOf(GatewayException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status == null) {
            return "";
        }
        StringBuilder details = new StringBuilder();
        for (Any detail : status.getDetailsList()) {
            try {
                List<ByteString> messages = UnknownFieldSet.parseFrom(detail.getValue())
                        .getField(ERROR_DETAIL_MESSAGE).getLengthDelimitedList();
                messages.forEach(text -> details.append(" [").append(text.toStringUtf8()).append(']'));
            } catch (InvalidProtocolBufferException unreadable) {
                details.append(" [unreadable detail ").append(detail.getTypeUrl()).append(']');
            }
        }
        return details.toString();
    }
}
