package org.zhiban.ledger.fabric;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Identity;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;

/** Fabric 连接工厂: builds the gRPC channel, the application's identity and signer, and the Gateway from settings. */
public final class FabricConnections {

    private FabricConnections() {
    }

    /** A channel to the peer: TLS when a CA certificate is configured, plaintext otherwise. */
    public static ManagedChannel openChannel(FabricSettings settings) {
        ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(settings.peerEndpoint(), credentials(settings));
        if (settings.overrideAuthority() != null) {
            builder.overrideAuthority(settings.overrideAuthority());
        }
        return builder.build();
    }

    public static Identity identity(FabricSettings settings) {
        try (Reader pem = Files.newBufferedReader(settings.certificate())) {
            return new X509Identity(settings.mspId(), Identities.readX509Certificate(pem));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the Fabric certificate " + settings.certificate(), e);
        }
    }

    public static Signer signer(FabricSettings settings) {
        Path keyFile = keyFile(settings.privateKey());
        try (Reader pem = Files.newBufferedReader(keyFile)) {
            return Signers.newPrivateKeySigner(Identities.readPrivateKey(pem));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the Fabric private key " + keyFile, e);
        }
    }

    /** A Gateway over an open channel; the caller keeps ownership of the channel. */
    public static Gateway gateway(Channel channel, Identity identity, Signer signer, FabricSettings.Timeouts timeouts) {
        return Gateway.newInstance()
                .connection(channel)
                .identity(identity)
                .signer(signer)
                .evaluateOptions(deadline(timeouts.evaluate()))
                .endorseOptions(deadline(timeouts.endorse()))
                .submitOptions(deadline(timeouts.submit()))
                .commitStatusOptions(deadline(timeouts.commitStatus()))
                .connect();
    }

    static void shutDown(ManagedChannel channel) {
        try {
            if (!channel.shutdown().awaitTermination(5, TimeUnit.SECONDS)) {
                channel.shutdownNow();
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ChannelCredentials credentials(FabricSettings settings) {
        if (settings.tlsCaCertificate() == null) {
            return InsecureChannelCredentials.create();
        }
        try {
            return TlsChannelCredentials.newBuilder().trustManager(settings.tlsCaCertificate().toFile()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the peer's TLS CA certificate " + settings.tlsCaCertificate(), e);
        }
    }

    // Fabric's MSP layout keeps the key in keystore/ under a generated name (…_sk or priv_sk): accept the directory.
    private static Path keyFile(Path path) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> keys = files.filter(Files::isRegularFile).toList();
            if (keys.size() != 1) {
                throw new IllegalStateException("Expected exactly one key file in " + path + ", found " + keys.size());
            }
            return keys.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the keystore " + path, e);
        }
    }

    private static UnaryOperator<CallOptions> deadline(Duration timeout) {
        return options -> options.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
