package org.zhiban.integrations.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeysTest {

    @TempDir
    Path data;

    @Test
    void generates_the_key_file_on_first_use_and_reads_the_same_key_afterwards() throws Exception {
        Path keys = data.resolve("keys");

        MasterKey first = MasterKeys.fromFileOrGenerate(keys);
        String written = Files.readString(keys.resolve("master.key"), StandardCharsets.UTF_8);
        MasterKey second = MasterKeys.fromFileOrGenerate(keys);

        assertThat(second.sameAs(first)).isTrue();
        assertThat(Files.readString(keys.resolve("master.key"), StandardCharsets.UTF_8)).isEqualTo(written);
        assertThat(written).startsWith("# 政务智办 SM4 主密钥").contains(first.encoded());
        try (var files = Files.list(keys)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly("master.key");
        }
    }

    @Test
    void the_key_file_and_a_new_keys_folder_are_for_the_owner_only() throws Exception {
        assumeThat(data.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path keys = data.resolve("keys");

        MasterKeys.fromFileOrGenerate(keys);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("master.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
    }

    @Test
    void an_existing_keys_folder_keeps_its_permissions() throws Exception {
        assumeThat(data.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path keys = Files.createDirectory(data.resolve("keys"));
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-x---"));

        MasterKeys.fromFileOrGenerate(keys);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwxr-x---");
    }

    @Test
    void processes_starting_at_once_all_end_up_with_one_key() throws Exception {
        Path keys = data.resolve("keys");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<MasterKey>> starts = IntStream.range(0, 8)
                    .<Callable<MasterKey>>mapToObj(i -> () -> MasterKeys.fromFileOrGenerate(keys)).toList();
            List<MasterKey> loaded = pool.invokeAll(starts).stream().map(MasterKeysTest::result).toList();

            MasterKey onDisk = MasterKeys.fromFile(keys.resolve("master.key"));
            assertThat(loaded).allSatisfy(key -> assertThat(key.sameAs(onDisk)).isTrue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_configured_key_wins_over_the_key_file() {
        MasterKey configured = MasterKeys.fromConfigurationOrFile("00112233445566778899aabbccddeeff", data);

        assertThat(configured.encoded()).isEqualTo("ABEiM0RVZneImaq7zN3u/w==");
        assertThat(Files.exists(data.resolve("master.key"))).isFalse();
        assertThat(MasterKeys.fromConfigurationOrFile(" ", data).sameAs(MasterKeys.fromFile(data.resolve("master.key"))))
                .isTrue();
    }

    @Test
    void a_hand_written_key_file_may_carry_comments() throws Exception {
        Path file = Files.writeString(data.resolve("master.key"), "# rotated 2026-03\n\n00112233445566778899aabbccddeeff\n");

        assertThat(MasterKeys.fromFile(file).encoded()).isEqualTo("ABEiM0RVZneImaq7zN3u/w==");
    }

    private static MasterKey result(Future<MasterKey> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
