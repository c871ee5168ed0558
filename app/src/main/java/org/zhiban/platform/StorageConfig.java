package org.zhiban.platform;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
import org.zhiban.integrations.storage.EmbeddedS3Endpoint;
import org.zhiban.integrations.storage.MinioObjectStore;
import org.zhiban.integrations.storage.ObjectStore;

/**
 * Object storage. {@code zhiban.storage.mode=embedded} starts S3Proxy on loopback over {@code <data-dir>/objects};
 * {@code external} uses {@code zhiban.storage.endpoint} (MinIO). Either way the app speaks S3 through the MinIO client.
 */
@Configuration
@EnableConfigurationProperties(StorageConfig.StorageProperties.class)
class StorageConfig {

    private static final Logger log = LoggerFactory.getLogger(StorageConfig.class);

    @ConfigurationProperties("zhiban.storage")
    record StorageProperties(String mode, String endpoint, String accessKey, String secretKey, String bucket) {}

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "zhiban.storage.mode", havingValue = "embedded", matchIfMissing = true)
    EmbeddedS3Endpoint embeddedS3Endpoint(StorageProperties storage, @Value("${zhiban.data-dir}") String dataDir) {
        EmbeddedS3Endpoint endpoint = EmbeddedS3Endpoint.start(Path.of(dataDir, "objects"),
                storage.accessKey(), storage.secretKey());
        log.info("内置对象存储 / embedded S3 endpoint (S3Proxy) at {}", endpoint.endpoint());
        return endpoint;
    }

    @Bean
    ObjectStore objectStore(StorageProperties storage, @Nullable EmbeddedS3Endpoint embedded) {
        String endpoint = embedded != null ? embedded.endpoint() : storage.endpoint();
        MinioObjectStore store = new MinioObjectStore(endpoint, storage.accessKey(), storage.secretKey(),
                storage.bucket());
        store.ensureBucket();
        return store;
    }
}
