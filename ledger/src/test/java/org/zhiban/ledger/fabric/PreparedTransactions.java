package org.zhiban.ledger.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.zhiban.ledger.fabric.EmulatedChaincode.Simulation;

/**
 * Part of the test emulation of a Fabric peer: the endorsed transaction envelope, built as the Gateway returns it in
 * {@code EndorseResponse.prepared_transaction} and read back when the client submits it signed. The nesting is
 * Fabric's: Envelope → Payload (the proposal's header) → Transaction → TransactionAction → ChaincodeActionPayload →
 * ChaincodeEndorsedAction → ProposalResponsePayload → ChaincodeAction, which carries the chaincode's response (where
 * the client finds the transaction result) and the read-write set (which the emulated commit applies).
 */
final class PreparedTransactions {

    private PreparedTransactions() {
    }

    static Envelope prepare(ProposalContents proposal, Simulation simulation, TestIdentity endorser) {
        ChaincodeAction action = ChaincodeAction.newBuilder()
                .setResults(TxReadWriteSet.newBuilder()
                        .setDataModel(TxReadWriteSet.DataModel.KV)
                        .addNsRwset(NsReadWriteSet.newBuilder()
                                .setNamespace(proposal.chaincodeName())
                                .setRwset(simulation.readWriteSet().toByteString()))
                        .build().toByteString())
                .setResponse(simulation.response())
                .setChaincodeId(ChaincodeID.newBuilder().setName(proposal.chaincodeName()).setVersion("1.0"))
                .build();
        ByteString responsePayload = ProposalResponsePayload.newBuilder()
                .setProposalHash(ByteString.copyFrom(sha256(proposal.header().toByteArray(),
                        proposal.payload().toByteArray())))
                .setExtension(action.toByteString())
                .build().toByteString();
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setChaincodeProposalPayload(proposal.payload().toBuilder().clearTransientMap().build().toByteString())
                .setAction(ChaincodeEndorsedAction.newBuilder()
                        .setProposalResponsePayload(responsePayload)
                        .addEndorsements(endorse(responsePayload, endorser)))
                .build();
        Transaction transaction = Transaction.newBuilder()
                .addActions(TransactionAction.newBuilder()
                        .setHeader(proposal.header().getSignatureHeader())
                        .setPayload(actionPayload.toByteString()))
                .build();
        Payload payload = Payload.newBuilder().setHeader(proposal.header()).setData(transaction.toByteString()).build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }

    static String transactionId(Envelope envelope) throws InvalidProtocolBufferException {
        Payload payload = Payload.parseFrom(envelope.getPayload());
        return ChannelHeader.parseFrom(payload.getHeader().getChannelHeader()).getTxId();
    }

    static KVRWSet readWriteSet(Envelope envelope) throws InvalidProtocolBufferException {
        Transaction transaction = Transaction.parseFrom(Payload.parseFrom(envelope.getPayload()).getData());
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
        ProposalResponsePayload responsePayload =
                ProposalResponsePayload.parseFrom(actionPayload.getAction().getProposalResponsePayload());
        TxReadWriteSet readWriteSet = TxReadWriteSet.parseFrom(ChaincodeAction.parseFrom(responsePayload.getExtension()).getResults());
        return KVRWSet.parseFrom(readWriteSet.getNsRwset(0).getRwset());
    }

    // An endorser signs the response payload followed by its own serialized identity.
    private static Endorsement endorse(ByteString responsePayload, TestIdentity endorser) {
        ByteString endorserIdentity = endorser.serialized();
        try {
            byte[] signature = endorser.signer().sign(sha256(responsePayload.toByteArray(), endorserIdentity.toByteArray()));
            return Endorsement.newBuilder().setEndorser(endorserIdentity).setSignature(ByteString.copyFrom(signature)).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The emulated peer cannot sign its endorsement", e);
        }
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
