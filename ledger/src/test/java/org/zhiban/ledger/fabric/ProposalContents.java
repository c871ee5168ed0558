package org.zhiban.ledger.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.time.Instant;
import java.util.List;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.SignedProposal;

/**
 * Part of the test emulation of a Fabric peer: what a signed proposal from the Gateway client asks for, decoded as a
 * peer does (Proposal → Header → ChannelHeader / SignatureHeader; payload → ChaincodeProposalPayload →
 * ChaincodeInvocationSpec → arguments, the first being the transaction function).
 */
record ProposalContents(SignedProposal signedProposal, Header header, ChannelHeader channelHeader,
                        SignatureHeader signatureHeader, ChaincodeProposalPayload payload,
                        String chaincodeName, List<ByteString> arguments) {

    static ProposalContents decode(SignedProposal signedProposal) throws InvalidProtocolBufferException {
        Proposal proposal = Proposal.parseFrom(signedProposal.getProposalBytes());
        Header header = Header.parseFrom(proposal.getHeader());
        ChaincodeProposalPayload payload = ChaincodeProposalPayload.parseFrom(proposal.getPayload());
        ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.parseFrom(payload.getInput());
        return new ProposalContents(signedProposal, header,
                ChannelHeader.parseFrom(header.getChannelHeader()),
                SignatureHeader.parseFrom(header.getSignatureHeader()),
                payload,
                invocation.getChaincodeSpec().getChaincodeId().getName(),
                invocation.getChaincodeSpec().getInput().getArgsList());
    }

    String transactionId() {
        return channelHeader.getTxId();
    }

    String channelId() {
        return channelHeader.getChannelId();
    }

    ByteString creator() {
        return signatureHeader.getCreator();
    }

    Instant timestamp() {
        return Instant.ofEpochSecond(channelHeader.getTimestamp().getSeconds(), channelHeader.getTimestamp().getNanos());
    }

    String function() {
        return arguments.isEmpty() ? "" : arguments.get(0).toStringUtf8();
    }
}
