package org.zhiban.integrations.storage;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.gaul.s3proxy.blobstore.BlobStore;

/**
 * 内置对象存储: an S3-compatible endpoint (S3Proxy over a folder) on loopback for the default run and the tests,
 * so the app talks S3 through the MinIO client exactly as it does to a real MinIO. Not for production.
 */
public final class EmbeddedS3Endpoint implements AutoCloseable {

    private final S3Proxy proxy;

    private EmbeddedS3Endpoint(S3Proxy proxy) {
        this.proxy = proxy;
    }

    /**
     * Starts on 127.0.0.1 with a free port.
     *
     * @param directory where blobs are kept; null keeps them in memory (tests)
     */
    public static EmbeddedS3Endpoint start(Path directory, String accessKey, String secretKey) {
        try {
            BlobStore blobStore;
            if (directory == null) {
                blobStore = new TransientNio2BlobStore();
            } else {
                Files.createDirectories(directory);
                // normalize(): a path like ./data/objects makes the blob store answer 400 to every request.
                blobStore = new FilesystemNio2BlobStore(directory.toAbsolutePath().normalize().toString());
            }
            S3Proxy proxy = S3Proxy.builder().blobStore(blobStore)
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                    .build();
            proxy.start();
            while (!proxy.getState().equals("STARTED")) {
                Thread.sleep(10);
            }
            return new EmbeddedS3Endpoint(proxy);
        } catch (Exception e) {
            throw new ObjectStoreException("cannot start the embedded S3 endpoint", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
