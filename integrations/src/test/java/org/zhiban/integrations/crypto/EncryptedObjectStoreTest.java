package org.zhiban.integrations.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhiban.integrations.crypto.DecryptionException.Reason;
import org.zhiban.integrations.storage.EmbeddedS3Endpoint;
import org.zhiban.integrations.storage.KeyedObjectStore;
import org.zhiban.integrations.storage.MinioObjectStore;
import org.zhiban.integrations.storage.ObjectInfo;
import org.zhiban.integrations.storage.Sha256;
import org.zhiban.integrations.storage.StoredObject;

/** The encrypting decorator over the MinIO client and the embedded S3 endpoint, as the app would wire it. */
class EncryptedObjectStoreTest {

    private static final byte[] CONTRACT = "合同总价人民币壹佰万元整，乙方开户行：中国工商银行。".getBytes(StandardCharsets.UTF_8);

    private static EmbeddedS3Endpoint s3;
    private static MinioObjectStore raw;

    /** One bucket for all tests: each test stores under its own prefix. */
    private final String prefix = "upload/HT-2026-" + java.util.UUID.randomUUID();
    private final MasterKey master = MasterKeys.generate();
    private final EncryptedObjectStore store = new EncryptedObjectStore(raw, new Sm4Envelope(master), true);

    @BeforeAll
    static void startS3() {
        s3 = EmbeddedS3Endpoint.start(null, "zhiban", "zhiban-secret-key");
        raw = new MinioObjectStore(s3.endpoint(), "zhiban", "zhiban-secret-key", "zhiban");
        raw.ensureBucket();
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @Test
    void round_trips_empty_small_and_several_megabyte_objects_under_the_plaintexts_sha256() {
        byte[] scan = new byte[5 * 1024 * 1024];
        new Random(7).nextBytes(scan);

        for (byte[] content : List.of(new byte[0], CONTRACT, scan)) {
            StoredObject stored = store.put(prefix + "/" + master.id(), content, "application/pdf");

            assertThat(stored.key()).isEqualTo(prefix + "/" + master.id() + "/" + Sha256.hex(content));
            assertThat(stored.sha256()).isEqualTo(Sha256.hex(content));
            assertThat(stored.size()).isEqualTo(content.length);
            assertThat(stored.contentType()).isEqualTo("application/pdf");
            assertThat(store.get(stored.key())).contains(content);
        }
    }

    @Test
    void the_underlying_store_holds_ciphertext_marked_as_encrypted() {
        StoredObject stored = store.put(prefix, CONTRACT, "text/plain; charset=UTF-8");

        byte[] bytes = raw.get(stored.key()).orElseThrow();
        assertThat(bytes).isNotEqualTo(CONTRACT);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(CONTRACT, 0, 12, StandardCharsets.ISO_8859_1));
        assertThat(Sm4Envelope.isEnvelope(bytes)).isTrue();
        ObjectInfo info = raw.stat(stored.key()).orElseThrow();
        assertThat(info.contentType()).isEqualTo("application/octet-stream");
        assertThat(info.metadata()).containsEntry("zhiban-encryption", "sm4-gcm-envelope-v1")
                .containsEntry("zhiban-master-key-id", master.id())
                .containsEntry("zhiban-content-type", "text/plain; charset=UTF-8")
                .containsEntry("zhiban-plaintext-size", String.valueOf(CONTRACT.length));
    }

    @Test
    void the_same_file_twice_is_recognised_and_stored_once() {
        byte[] content = "同一份合同再次上传".getBytes(StandardCharsets.UTF_8);
        String key = prefix + "/" + Sha256.hex(content);
        assertThat(store.exists(key)).isFalse();

        StoredObject first = store.put(prefix, content, "text/plain");
        byte[] ciphertext = raw.get(key).orElseThrow();
        StoredObject again = store.put(prefix, content, "text/plain");

        assertThat(store.exists(key)).isTrue();
        assertThat(again).isEqualTo(first);
        assertThat(raw.get(key)).as("not encrypted and written again").contains(ciphertext);
    }

    @Test
    void two_stores_of_the_same_plaintext_give_different_ciphertext() {
        byte[] content = "两次加密".getBytes(StandardCharsets.UTF_8);
        store.put(prefix + "/a", content, "text/plain");
        store.put(prefix + "/b", content, "text/plain");

        byte[] a = raw.get(prefix + "/a/" + Sha256.hex(content)).orElseThrow();
        byte[] b = raw.get(prefix + "/b/" + Sha256.hex(content)).orElseThrow();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void a_store_with_another_master_key_cannot_read_the_objects() {
        StoredObject stored = store.put(prefix, CONTRACT, "text/plain");
        EncryptedObjectStore other = new EncryptedObjectStore(raw, new Sm4Envelope(MasterKeys.generate()), true);

        assertThatThrownBy(() -> other.get(stored.key())).isInstanceOfSatisfying(DecryptionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_MASTER_KEY);
            assertThat(e.getMessage()).contains(master.id()).contains("未配置该密钥").contains("not configured");
        });
    }

    @Test
    void ciphertext_tampered_with_in_the_store_is_refused() {
        StoredObject stored = store.put(prefix, CONTRACT, "text/plain");
        byte[] bytes = raw.get(stored.key()).orElseThrow();
        bytes[bytes.length - 20] ^= 0x40;
        raw.putAt(stored.key(), bytes, "application/octet-stream", Map.of());

        assertThatThrownBy(() -> store.get(stored.key())).isInstanceOfSatisfying(DecryptionException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
    }

    @Test
    void an_intact_envelope_moved_under_another_key_is_refused() {
        StoredObject stored = store.put(prefix, CONTRACT, "text/plain");
        byte[] other = "另一份文件".getBytes(StandardCharsets.UTF_8);
        String otherKey = prefix + "/" + Sha256.hex(other);
        raw.putAt(otherKey, raw.get(stored.key()).orElseThrow(), "application/octet-stream", Map.of());

        assertThatThrownBy(() -> store.get(otherKey)).isInstanceOfSatisfying(DecryptionException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CONTENT_MISMATCH));
    }

    @Test
    void objects_stored_before_encryption_stay_readable_and_are_encrypted_when_stored_again() {
        byte[] legacy = "加密启用前归档的公文".getBytes(StandardCharsets.UTF_8);
        StoredObject plain = raw.put(prefix, legacy, "text/plain");

        assertThat(store.get(plain.key())).contains(legacy);
        store.put(prefix, legacy, "text/plain");

        assertThat(Sm4Envelope.isEnvelope(raw.get(plain.key()).orElseThrow())).isTrue();
        assertThat(store.get(plain.key())).contains(legacy);
    }

    @Test
    void a_plaintext_planted_in_place_of_an_object_is_refused() {
        StoredObject stored = store.put(prefix, CONTRACT, "text/plain");
        raw.putAt(stored.key(), "合同总价人民币壹元整".getBytes(StandardCharsets.UTF_8), "text/plain", Map.of());

        assertThatThrownBy(() -> store.get(stored.key())).isInstanceOfSatisfying(DecryptionException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CONTENT_MISMATCH));
    }

    @Test
    void with_plaintext_reads_off_an_unencrypted_object_is_refused() {
        byte[] legacy = "未加密".getBytes(StandardCharsets.UTF_8);
        StoredObject plain = raw.put(prefix, legacy, "text/plain");
        EncryptedObjectStore strict = new EncryptedObjectStore(raw, new Sm4Envelope(master), false);

        assertThatThrownBy(() -> strict.get(plain.key())).isInstanceOfSatisfying(DecryptionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NOT_ENCRYPTED);
            assertThat(e).hasMessageContaining(plain.key());
        });
    }

    @Test
    void a_store_that_loses_metadata_still_recognises_encrypted_objects_by_their_bytes() {
        ForgetfulStore forgetful = new ForgetfulStore();
        EncryptedObjectStore onForgetful = new EncryptedObjectStore(forgetful, new Sm4Envelope(master), true);
        StoredObject stored = onForgetful.put(prefix, CONTRACT, "text/plain");
        byte[] ciphertext = forgetful.objects.get(stored.key());

        onForgetful.put(prefix, CONTRACT, "text/plain");

        assertThat(forgetful.objects.get(stored.key())).as("not re-encrypted").isSameAs(ciphertext);
        assertThat(onForgetful.get(stored.key())).contains(CONTRACT);
    }

    @Test
    void a_missing_object_is_empty_and_the_store_answers_pings() {
        assertThat(store.get(prefix + "/" + "0".repeat(64))).isEmpty();
        store.ping();
    }

    /** Keeps bytes, drops metadata: S3Proxy over a file system without extended attributes. */
    private static final class ForgetfulStore implements KeyedObjectStore {
        final Map<String, byte[]> objects = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void putAt(String key, byte[] content, String contentType, Map<String, String> metadata) {
            objects.put(key, content);
        }

        @Override
        public Optional<ObjectInfo> stat(String key) {
            return Optional.ofNullable(objects.get(key)).map(b -> new ObjectInfo(key, b.length, null, Map.of()));
        }

        @Override
        public StoredObject put(String prefix, byte[] content, String contentType) {
            throw new UnsupportedOperationException("the decorator names its keys itself");
        }

        @Override
        public Optional<byte[]> get(String key) {
            return Optional.ofNullable(objects.get(key));
        }

        @Override
        public void ping() {
        }
    }
}
