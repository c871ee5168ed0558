package org.zhiban.ledger.fabric;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A test emulation of a Hyperledger Fabric peer — not Fabric itself. It serves the peer's Gateway gRPC API
 * (fabric-protos {@code gateway.Gateway}: evaluate, endorse, submit, commit status) on an in-process gRPC server, or
 * on a local TLS port, so the real fabric-gateway client and {@link FabricAnchor} can be tested without a network.
 * Behind the API it runs the project's real {@code ReviewLogContract} through the chaincode shim's contract router
 * against an in-memory world state with Fabric's read-write sets and MVCC check, and orders each submitted
 * transaction into a block of its own.
 *
 * <p>Not emulated: endorsement policies, several organisations, discovery, client TLS certificates, chaincode events,
 * private data, and the waiting of a real commit-status call (here every submitted transaction is committed at once).
 * The network in {@code docker/fabric} is the real thing.
 */
public final class EmulatedFabricPeer implements AutoCloseable {

    public static final String CHANNEL = "zhiban";
    public static final String CHAINCODE = "reviewlog";

    private final EmulatedGatewayService gateway;
    private final Server server;
    private final String inProcessName;
    private final List<ManagedChannel> clientChannels = new ArrayList<>();

    private EmulatedFabricPeer(EmulatedGatewayService gateway, Server server, String inProcessName) {
        this.gateway = gateway;
        this.server = server;
        this.inProcessName = inProcessName;
    }

    /** A peer reached through {@link #connect()}, inside this JVM. */
    public static EmulatedFabricPeer start() {
        EmulatedGatewayService gateway = newGateway();
        String name = InProcessServerBuilder.generateName();
        return new EmulatedFabricPeer(gateway, started(InProcessServerBuilder.forName(name).addService(gateway)), name);
    }

    /** A peer listening on a free local port with TLS, presenting {@code tlsIdentity}'s certificate. */
    public static EmulatedFabricPeer startWithTls(TestIdentity tlsIdentity) {
        EmulatedGatewayService gateway = newGateway();
        try {
            ServerCredentials credentials = TlsServerCredentials.newBuilder()
                    .keyManager(pem(tlsIdentity.certificatePem()), pem(tlsIdentity.privateKeyPem()))
                    .build();
            return new EmulatedFabricPeer(gateway, started(Grpc.newServerBuilderForPort(0, credentials).addService(gateway)),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the emulated peer's TLS key", e);
        }
    }

    /** A new in-process client connection to this peer; closed with the peer. */
    public synchronized ManagedChannel connect() {
        if (inProcessName == null) {
            throw new IllegalStateException("This peer listens on port " + port() + "; connect to it over TLS");
        }
        ManagedChannel channel = InProcessChannelBuilder.forName(inProcessName).build();
        clientChannels.add(channel);
        return channel;
    }

    public int port() {
        return server.getPort();
    }

    /** From now on every call fails with UNAVAILABLE, as when the peer cannot be reached. */
    public void takeDown() {
        gateway.setDown(true);
    }

    public void bringBack() {
        gateway.setDown(false);
    }

    /** The next transaction is committed, but the peer goes down before the client learns its status. */
    public void goDownAfterNextSubmit() {
        gateway.goDownAfterNextSubmit();
    }

    /**
     * Runs {@code competingWriter} when the next endorsement request arrives, before the chaincode sees it: another
     * application anchoring in the gap between a client's query and its endorsement.
     */
    public void runBeforeNextEndorsement(Runnable competingWriter) {
        gateway.runBeforeNextEndorsement(competingWriter);
    }

    /** Number of blocks, the genesis block included. */
    public long blockHeight() {
        return gateway.ledger().height();
    }

    /** Number of keys in the chaincode's world state. */
    public int worldStateKeyCount() {
        return gateway.ledger().keyCount();
    }

    @Override
    public synchronized void close() throws InterruptedException {
        for (ManagedChannel channel : clientChannels) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private static EmulatedGatewayService newGateway() {
        EmulatedChaincode.load();
        return new EmulatedGatewayService(CHANNEL, CHAINCODE, TestIdentity.create("PeerOrgMSP", "peer0.emulated"));
    }

    private static Server started(io.grpc.ServerBuilder<?> builder) {
        try {
            return builder.build().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the emulated peer's gRPC server", e);
        }
    }

    private static ByteArrayInputStream pem(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
