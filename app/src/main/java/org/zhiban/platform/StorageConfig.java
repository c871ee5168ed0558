package org.zhiban.platform;

import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
import org.zhiban.integrations.crypto.EncryptedObjectStore;
import org.zhiban.integrations.crypto.FieldCipher;
import org.zhiban.integrations.crypto.MasterKey;
import org.zhiban.integrations.crypto.MasterKeys;
import org.zhiban.integrations.crypto.Sm4Envelope;
import org.zhiban.integrations.storage.EmbeddedS3Endpoint;
import org.zhiban.integrations.storage.MinioObjectStore;
import org.zhiban.integrations.storage.ObjectStore;

/**
 * Object storage. {@code zhiban.storage.mode=embedded} starts S3Proxy on loopback over {@code <data-dir>/objects};
 * {@code external} uses {@code zhiban.storage.endpoint} (MinIO). Either way the app speaks S3 through the MinIO client,
 * and every object is SM4-encrypted at rest ({@code zhiban.storage.encryption.*}): a copy of the bucket without the
 * master key reads as noise.
 */
@Configuration
@EnableConfigurationProperties(StorageConfig.StorageProperties.class)
class StorageConfig {

    private static final Logger log = LoggerFactory.getLogger(StorageConfig.class);

    @ConfigurationProperties("zhiban.storage")
    record StorageProperties(String mode, String endpoint, String accessKey, String secretKey, String bucket,
                             Encryption encryption) {

        StorageProperties {
            encryption = encryption == null ? new Encryption(true, null, null, List.of(), true) : encryption;
        }
    }

    /**
     * 存储加密 (SM4 envelope): every object is encrypted under a data key of its own, wrapped by the master key.
     *
     * @param masterKey    the key (hex or base64), e.g. from a secret; empty: the key file in {@code keyDir},
     *                     generated on first start
     * @param retiredKeys  earlier master keys, still accepted for reading after a rotation
     * @param readPlaintext whether objects stored before encryption was on can still be read (each only when its
     *                      bytes match the hash its key names)
     */
    record Encryption(boolean enabled, String masterKey, String keyDir, List<String> retiredKeys,
                      boolean readPlaintext) {

        Encryption {
            retiredKeys = retiredKeys == null ? List.of() : List.copyOf(retiredKeys);
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "zhiban.storage.mode", havingValue = "embedded", matchIfMissing = true)
    EmbeddedS3Endpoint embeddedS3Endpoint(StorageProperties storage, @Value("${zhiban.data-dir}") String dataDir) {
        EmbeddedS3Endpoint endpoint = EmbeddedS3Endpoint.start(Path.of(dataDir, "objects"),
                storage.accessKey(), storage.secretKey());
        log.info("内置对象存储 / embedded S3 endpoint (S3Proxy) at {}", endpoint.endpoint());
        return endpoint;
    }

    /** The master key: configured, or the key file under the data directory, generated on first start. */
    @Bean
    MasterKey masterKey(StorageProperties storage, @Value("${zhiban.data-dir}") String dataDir) {
        Encryption encryption = storage.encryption();
        Path keyDir = encryption.keyDir() == null || encryption.keyDir().isBlank()
                ? Path.of(dataDir, "keys") : Path.of(encryption.keyDir());
        return MasterKeys.fromConfigurationOrFile(encryption.masterKey(), keyDir);
    }

    /** The SM4 envelope of every encrypted object and field; earlier master keys still open what they sealed. */
    @Bean
    Sm4Envelope sm4Envelope(MasterKey masterKey, StorageProperties storage) {
        return new Sm4Envelope(masterKey, storage.encryption().retiredKeys().stream().map(MasterKey::parse).toList());
    }

    /**
     * 个人信息字段加密 and blind indexes (身份证号, 电话) under the same master key. The blind index key derives from the
     * current master key, so rotating the key means re-indexing those columns.
     */
    @Bean
    FieldCipher fieldCipher(Sm4Envelope envelope, MasterKey masterKey) {
        return new FieldCipher(envelope, masterKey);
    }

    @Bean
    ObjectStore objectStore(StorageProperties storage, @Nullable EmbeddedS3Endpoint embedded, Sm4Envelope envelope) {
        String endpoint = embedded != null ? embedded.endpoint() : storage.endpoint();
        MinioObjectStore store = new MinioObjectStore(endpoint, storage.accessKey(), storage.secretKey(),
                storage.bucket());
        store.ensureBucket();
        Encryption encryption = storage.encryption();
        if (!encryption.enabled()) {
            log.warn("对象存储未加密 / object storage encryption is OFF (zhiban.storage.encryption.enabled=false)");
            return store;
        }
        log.info("对象存储 SM4 信封加密 / objects encrypted with SM4 envelopes, master key {}", envelope.currentKeyId());
        return new EncryptedObjectStore(store, envelope, encryption.readPlaintext());
    }
}
