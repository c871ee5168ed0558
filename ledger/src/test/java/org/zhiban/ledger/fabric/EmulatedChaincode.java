package org.zhiban.ledger.fabric;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeServer;

/**
 * Part of the test emulation of a Fabric peer: runs the project's real {@code ReviewLogContract} through the Java
 * chaincode shim's real {@link ContractRouter}, as the chaincode container would — argument conversion, routing by
 * function name and the error response of a {@code ChaincodeException} included. Only the peer connection is
 * missing: the router is handed the emulation's stub directly.
 */
final class EmulatedChaincode {

    /** What one run of the chaincode produced: the response for the client and the read-write set to commit. */
    record Simulation(Response response, KVRWSet readWriteSet) {
        boolean succeeded() {
            return response.getStatus() < 400;
        }
    }

    private EmulatedChaincode() {
    }

    /**
     * Builds the router now rather than inside the first gRPC call, whose deadline the class-path scan (seconds on a
     * busy machine) could otherwise exceed.
     */
    static void load() {
        Objects.requireNonNull(Router.INSTANCE);
    }

    static Simulation simulate(EmulatedLedger ledger, ProposalContents proposal, String peerMspId) {
        SimulatedTransactionStub stub = new SimulatedTransactionStub(ledger, proposal, peerMspId);
        Chaincode.Response result = Router.INSTANCE.invoke(stub);
        Response response = Response.newBuilder()
                .setStatus(result.getStatusCode())
                .setMessage(Objects.requireNonNullElse(result.getMessage(), ""))
                .setPayload(result.getPayload() == null ? ByteString.EMPTY : ByteString.copyFrom(result.getPayload()))
                .build();
        return new Simulation(response, stub.readWriteSet());
    }

    /** One router per test JVM: building it scans the class path for contracts. */
    private static final class Router {
        static final ContractRouter INSTANCE = start();

        private static ContractRouter start() {
            ContractRouter router = new ContractRouter(new String[] {"--id", "reviewlog:emulated"});
            try {
                // The chaincode-as-a-service entry point finds the contracts and builds their metadata; the server
                // it would start is not needed, since the emulation calls the router itself.
                router.startRouterWithChaincodeServer(new ChaincodeServer() {
                    @Override
                    public void start() {
                    }

                    @Override
                    public void stop() {
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return router;
        }
    }
}
