package org.zhiban.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.zhiban.ledger.fabric.FabricAnchor;
import org.zhiban.ledger.fabric.FabricSettings;
import org.zhiban.ledger.anchor.Anchor;
import org.zhiban.ledger.anchor.AnchorPump;
import org.zhiban.ledger.anchor.LocalAnchor;
import org.zhiban.ledger.audit.LogAuditor;
import org.zhiban.ledger.checkpoint.CheckpointPolicy;
import org.zhiban.ledger.checkpoint.CheckpointSigner;
import org.zhiban.ledger.checkpoint.Checkpointer;
import org.zhiban.ledger.checkpoint.JdbcCheckpointStore;
import org.zhiban.ledger.checkpoint.SignatureScheme;
import org.zhiban.ledger.checkpoint.SigningKeys;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.log.JdbcLogStore;
import org.zhiban.ledger.log.LogIdentity;
import org.zhiban.ledger.log.ReviewLog;
import org.zhiban.ledger.proof.ProofService;

/** Wires the ledger module's plain-Java parts onto the app's datasource and configuration. */
@Configuration
@EnableConfigurationProperties(LedgerProperties.class)
class LedgerConfig {

    @Bean
    LogIdentity logIdentity(LedgerProperties ledger) {
        HashAlgorithm algorithm = HashAlgorithm.fromName(ledger.hashAlgorithm());
        return new LogIdentity(ledger.origin() + "/" + algorithm.standardName(), algorithm);
    }

    @Bean
    @DependsOnDatabaseInitialization
    JdbcLogStore logStore(DataSource dataSource, Clock clock) {
        return new JdbcLogStore(dataSource, clock);
    }

    @Bean
    @DependsOnDatabaseInitialization
    ReviewLog reviewLog(JdbcLogStore store, LogIdentity identity, Clock clock) {
        return new ReviewLog(store, identity, clock);
    }

    @Bean
    @DependsOnDatabaseInitialization
    JdbcCheckpointStore checkpointStore(DataSource dataSource) {
        return new JdbcCheckpointStore(dataSource);
    }

    /**
     * Generated on first start when the file is missing, but only where {@code generate-key-if-missing} is on (the
     * default profile). Production mounts its own key; a missing one stops the start rather than silently minting a
     * new identity for the log.
     */
    @Bean
    CheckpointSigner checkpointSigner(LedgerProperties ledger) {
        Path file = ledger.signingKeyFile();
        if (!Files.exists(file) && !ledger.generateKeyIfMissing()) {
            throw new IllegalStateException("账本签名密钥不存在 / checkpoint signing key not found: " + file
                    + " (zhiban.ledger.signing-key-file; see docker/README.md to create one)");
        }
        KeyPair keys = SigningKeys.loadOrCreate(file, SignatureScheme.ED25519);
        return new CheckpointSigner(keys);
    }

    @Bean
    Checkpointer checkpointer(ReviewLog log, JdbcCheckpointStore store, CheckpointSigner signer, Clock clock,
                              LedgerProperties ledger) {
        return new Checkpointer(log, store, signer, clock,
                new CheckpointPolicy(ledger.checkpointEveryRecords(), ledger.checkpointEvery()));
    }

    /** The Fabric anchor holds a gRPC channel; Spring closes it on shutdown through its inferred close(). */
    @Bean
    @DependsOnDatabaseInitialization
    Anchor anchor(LedgerProperties ledger, DataSource dataSource, LogIdentity identity, Clock clock, Environment env) {
        return switch (ledger.anchor()) {
            case "local" -> new LocalAnchor(dataSource, identity.hashAlgorithm(), clock);
            case "fabric" -> FabricAnchor.connect(FabricSettings.fromProperties(env::getProperty));
            default -> throw new IllegalStateException("zhiban.ledger.anchor must be local or fabric, not " + ledger.anchor());
        };
    }

    @Bean
    AnchorPump anchorPump(JdbcCheckpointStore checkpoints, Anchor anchor, Clock clock) {
        return new AnchorPump(checkpoints, anchor, clock);
    }

    @Bean
    ProofService proofService(JdbcLogStore store, JdbcCheckpointStore checkpoints, LogIdentity identity) {
        return new ProofService(store, checkpoints, identity.hashAlgorithm());
    }

    @Bean
    LogAuditor logAuditor(JdbcLogStore store, JdbcCheckpointStore checkpoints, LogIdentity identity,
                          CheckpointSigner signer, Anchor anchor) {
        return new LogAuditor(store, checkpoints, identity, Set.of(signer.publicKeyBase64()), anchor);
    }
}
