package org.zhiban.integrations.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link ObjectStore} on any S3-compatible endpoint through the MinIO client: MinIO in production, S3Proxy embedded. */
public class MinioObjectStore implements KeyedObjectStore {

    private final MinioClient client;
    private final String bucket;

    public MinioObjectStore(String endpoint, String accessKey, String secretKey, String bucket) {
        this.client = MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).build();
        this.bucket = bucket;
    }

    /** Creates the bucket if it is missing; called once at start. */
    public void ensureBucket() {
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
        } catch (Exception e) {
            throw new ObjectStoreException("cannot prepare bucket " + bucket, e);
        }
    }

    @Override
    public StoredObject put(String prefix, byte[] content, String contentType) {
        String sha256 = sha256(content);
        String key = prefix + "/" + sha256;
        if (!exists(key)) {
            putAt(key, content, contentType, Map.of());
        }
        return new StoredObject(key, sha256, content.length, contentType);
    }

    @Override
    public void putAt(String key, byte[] content, String contentType, Map<String, String> metadata) {
        try {
            client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                    .stream(new ByteArrayInputStream(content), content.length, -1)
                    .contentType(contentType).userMetadata(metadata).build());
        } catch (Exception e) {
            throw new ObjectStoreException("cannot store " + key, e);
        }
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        try {
            StatObjectResponse stat = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            Map<String, String> metadata = new TreeMap<>();
            // MinIO hands user metadata back under the header names' case; S3 treats them as case-insensitive
            stat.userMetadata().forEach((name, value) -> metadata.put(name.toLowerCase(Locale.ROOT), value));
            return Optional.of(new ObjectInfo(key, stat.size(), stat.contentType(), metadata));
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw new ObjectStoreException("cannot check " + key, e);
        } catch (Exception e) {
            throw new ObjectStoreException("cannot check " + key, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
            return Optional.of(in.readAllBytes());
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw new ObjectStoreException("cannot read " + key, e);
        } catch (Exception e) {
            throw new ObjectStoreException("cannot read " + key, e);
        }
    }

    @Override
    public void ping() {
        try {
            client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
        } catch (Exception e) {
            throw new ObjectStoreException("object store unreachable", e);
        }
    }

    static String sha256(byte[] content) {
        return Sha256.hex(content);
    }
}
