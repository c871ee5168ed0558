package org.zhiban.ledger.fabric;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.Code;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.CommitStatusResponse;
import org.hyperledger.fabric.protos.gateway.EndorseRequest;
import org.hyperledger.fabric.protos.gateway.EndorseResponse;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SubmitRequest;
import org.hyperledger.fabric.protos.gateway.SubmitResponse;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.zhiban.ledger.fabric.EmulatedChaincode.Simulation;
import org.zhiban.ledger.fabric.EmulatedLedger.CommittedTransaction;

/**
 * Part of the test emulation of a Fabric peer: the peer's Gateway gRPC service for one channel and one chaincode.
 * Evaluate and endorse run the real chaincode on the emulated world state; submit checks the client's signature and
 * commits the endorsed read-write set in a block of its own; commit status answers for any committed transaction.
 * Errors take the codes and messages a Fabric 2.5 gateway uses. While "down", every call fails with UNAVAILABLE.
 */
final class EmulatedGatewayService extends GatewayGrpc.GatewayImplBase {

    static final String PEER_ADDRESS = "peer0.emulated:7051";

    private final String channelName;
    private final String chaincodeName;
    private final TestIdentity peerIdentity;
    private final EmulatedLedger ledger = new EmulatedLedger();
    private volatile boolean down;
    private volatile boolean downAfterNextSubmit;
    private volatile Runnable beforeNextEndorsement;

    EmulatedGatewayService(String channelName, String chaincodeName, TestIdentity peerIdentity) {
        this.channelName = channelName;
        this.chaincodeName = chaincodeName;
        this.peerIdentity = peerIdentity;
    }

    EmulatedLedger ledger() {
        return ledger;
    }

    void setDown(boolean down) {
        this.down = down;
    }

    void goDownAfterNextSubmit() {
        this.downAfterNextSubmit = true;
    }

    void runBeforeNextEndorsement(Runnable competingWriter) {
        this.beforeNextEndorsement = competingWriter;
    }

    @Override
    public void evaluate(EvaluateRequest request, StreamObserver<EvaluateResponse> responses) {
        answer(responses, () -> {
            Simulation simulation = simulate(request.getProposedTransaction());
            if (!simulation.succeeded()) {
                throw chaincodeFailure(Code.UNKNOWN, "evaluate call to endorser returned error: "
                        + simulation.response().getMessage(), simulation);
            }
            return EvaluateResponse.newBuilder().setResult(simulation.response()).build();
        });
    }

    @Override
    public void endorse(EndorseRequest request, StreamObserver<EndorseResponse> responses) {
        answer(responses, () -> {
            ProposalContents proposal = proposalFor(request.getProposedTransaction());
            Runnable competingWriter = beforeNextEndorsement;
            if (competingWriter != null) {
                beforeNextEndorsement = null;
                competingWriter.run();
            }
            Simulation simulation = EmulatedChaincode.simulate(ledger, proposal, peerIdentity.identity().getMspId());
            if (!simulation.succeeded()) {
                throw chaincodeFailure(Code.ABORTED, "failed to endorse transaction, see attached details for more info",
                        simulation);
            }
            return EndorseResponse.newBuilder()
                    .setPreparedTransaction(PreparedTransactions.prepare(proposal, simulation, peerIdentity))
                    .build();
        });
    }

    @Override
    public void submit(SubmitRequest request, StreamObserver<SubmitResponse> responses) {
        answer(responses, () -> {
            Envelope envelope = request.getPreparedTransaction();
            requireSignedByCreator(envelope);
            ledger.commit(PreparedTransactions.transactionId(envelope), PreparedTransactions.readWriteSet(envelope));
            if (downAfterNextSubmit) {
                downAfterNextSubmit = false;
                down = true;
            }
            return SubmitResponse.getDefaultInstance();
        });
    }

    @Override
    public void commitStatus(SignedCommitStatusRequest request, StreamObserver<CommitStatusResponse> responses) {
        answer(responses, () -> {
            String transactionId = CommitStatusRequest.parseFrom(request.getRequest()).getTransactionId();
            // A real peer would wait for a transaction it has not seen yet; the emulation commits synchronously.
            CommittedTransaction committed = ledger.transaction(transactionId).orElseThrow(() -> Status.NOT_FOUND
                    .withDescription("transaction " + transactionId + " is not in the emulated ledger").asRuntimeException());
            return CommitStatusResponse.newBuilder()
                    .setResult(committed.code())
                    .setBlockNumber(committed.blockNumber())
                    .build();
        });
    }

    private Simulation simulate(SignedProposal signedProposal) throws InvalidProtocolBufferException {
        return EmulatedChaincode.simulate(ledger, proposalFor(signedProposal), peerIdentity.identity().getMspId());
    }

    private ProposalContents proposalFor(SignedProposal signedProposal) throws InvalidProtocolBufferException {
        ProposalContents proposal = ProposalContents.decode(signedProposal);
        if (!channelName.equals(proposal.channelId()) || !chaincodeName.equals(proposal.chaincodeName())) {
            throw Status.NOT_FOUND.withDescription("chaincode " + proposal.chaincodeName() + " not found on channel "
                    + proposal.channelId()).asRuntimeException();
        }
        return proposal;
    }

    // As the orderer would: the envelope must carry a valid signature of the proposal's creator over its payload.
    private static void requireSignedByCreator(Envelope envelope) throws InvalidProtocolBufferException {
        SignatureHeader signatureHeader =
                SignatureHeader.parseFrom(Payload.parseFrom(envelope.getPayload()).getHeader().getSignatureHeader());
        SerializedIdentity creator = SerializedIdentity.parseFrom(signatureHeader.getCreator());
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(creator.getIdBytes().toByteArray())));
            verifier.update(envelope.getPayload().toByteArray());
            if (!verifier.verify(envelope.getSignature().toByteArray())) {
                throw Status.PERMISSION_DENIED.withDescription("bad envelope signature").asRuntimeException();
            }
        } catch (GeneralSecurityException e) {
            throw Status.PERMISSION_DENIED.withDescription("unverifiable envelope signature").withCause(e).asRuntimeException();
        }
    }

    private StatusRuntimeException chaincodeFailure(Code code, String message, Simulation simulation) {
        ErrorDetail detail = ErrorDetail.newBuilder()
                .setAddress(PEER_ADDRESS)
                .setMspId(peerIdentity.identity().getMspId())
                .setMessage("chaincode response " + simulation.response().getStatus() + ", "
                        + simulation.response().getMessage())
                .build();
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(code.getNumber())
                .setMessage(message)
                .addDetails(Any.pack(detail))
                .build());
    }

    private interface Call<T> {
        T answer() throws InvalidProtocolBufferException;
    }

    private <T> void answer(StreamObserver<T> responses, Call<T> call) {
        if (down) {
            responses.onError(Status.UNAVAILABLE.withDescription("the emulated peer is down").asRuntimeException());
            return;
        }
        try {
            responses.onNext(call.answer());
            responses.onCompleted();
        } catch (StatusRuntimeException e) {
            responses.onError(e);
        } catch (InvalidProtocolBufferException e) {
            responses.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
        }
    }
}
