package org.zhiban.integrations.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The MinIO client against the embedded S3 endpoint, as the app uses them in the default profile. */
class ObjectStoreTest {

    @Test
    void stores_content_addressed_objects_and_reads_them_back_from_a_relative_data_dir() throws Exception {
        // the README's run command uses ./data; a "./" in the blob store path once made every request a 400
        Path relative = Path.of("./target/s3-" + System.nanoTime());
        try (EmbeddedS3Endpoint s3 = EmbeddedS3Endpoint.start(relative, "zhiban", "zhiban-secret-key")) {
            MinioObjectStore store = new MinioObjectStore(s3.endpoint(), "zhiban", "zhiban-secret-key", "zhiban");
            store.ensureBucket();
            byte[] content = "关于开展安全检查的通知".getBytes(StandardCharsets.UTF_8);

            StoredObject stored = store.put("archive/document/GW-2026-000001", content, "text/plain");
            StoredObject again = store.put("archive/document/GW-2026-000001", content, "text/plain");

            assertThat(stored.key()).isEqualTo("archive/document/GW-2026-000001/" + stored.sha256());
            assertThat(stored.sha256()).hasSize(64).isEqualTo(MinioObjectStore.sha256(content));
            assertThat(again).isEqualTo(stored);
            assertThat(store.get(stored.key())).contains(content);
            assertThat(store.get("archive/document/none")).isEmpty();
            store.ping();
        }
    }

    @Test
    void a_store_that_cannot_be_reached_fails_with_an_object_store_exception() {
        MinioObjectStore store = new MinioObjectStore("http://127.0.0.1:9", "k", "s", "zhiban");
        org.assertj.core.api.Assertions.assertThatThrownBy(store::ping).isInstanceOf(ObjectStoreException.class);
    }
}
