package org.zhiban.integrations.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the master key comes from: configuration, or a key file that is generated on first use and read ever after.
 * Losing that file loses every encrypted object, so it is written once, flushed to disk, and never replaced.
 */
public final class MasterKeys {

    public static final String FILE_NAME = "master.key";

    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HEADER = "# 政务智办 SM4 主密钥：请保密并备份，丢失后加密对象无法解密\n"
            + "# Zhiban SM4 master key: keep it secret and back it up; encrypted objects cannot be read without it\n";

    private MasterKeys() {
    }

    public static MasterKey generate() {
        byte[] key = new byte[Sm4Gcm.KEY_BYTES];
        RANDOM.nextBytes(key);
        try {
            return MasterKey.of(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The configured key when there is one (hex or base64), else {@link #fromFileOrGenerate(Path) the key file}. */
    public static MasterKey fromConfigurationOrFile(String configured, Path dir) {
        if (configured != null && !configured.isBlank()) {
            return MasterKey.parse(configured);
        }
        return fromFileOrGenerate(dir);
    }

    /**
     * Reads {@code dir/master.key}, or generates a key and writes it there, readable by the owner only where the file
     * system has POSIX permissions. Two processes starting at once end up with the same key: the file is linked into
     * place, which fails rather than replaces when the other process was first.
     */
    public static MasterKey fromFileOrGenerate(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return fromFile(file);
        }
        try {
            createOwnerOnlyDirectories(dir);
            MasterKey key = generate();
            Path temporary = Files.createTempFile(dir, ".master-key", ".tmp", ownerOnly(dir, "rw-------"));
            try {
                writeDurably(temporary, HEADER + key.encoded() + "\n");
                if (placeWithoutReplacing(temporary, file)) {
                    log.info("已生成主密钥 {} / generated master key {} at {}", key.id(), key.id(), file);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return fromFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或生成主密钥 / cannot read or create the master key at " + file, e);
        }
    }

    /** Reads a key file: comment lines start with {@code #}; the first other line is the key, hex or base64. */
    public static MasterKey fromFile(Path file) {
        try {
            warnIfOthersCanRead(file);
            String line = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("主密钥文件为空 / the master key file " + file
                            + " holds no key"));
            return MasterKey.parse(line);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取主密钥 / cannot read the master key at " + file, e);
        }
    }

    private static boolean placeWithoutReplacing(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            if (Files.exists(file)) {
                return false;
            }
            // a file system without hard links: move refuses an existing target, only the check-then-rename can race
            try {
                Files.move(temporary, file);
                return true;
            } catch (FileAlreadyExistsException raced) {
                return false;
            }
        }
    }

    private static void writeDurably(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /** Only the keys folder itself is made owner-only; an existing one (the ledger's keys live there too) is left as is. */
    private static void createOwnerOnlyDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, ownerOnly(dir, "rwx------"));
        } catch (FileAlreadyExistsException raced) {
            // another process made it first
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path where, String permissions) {
        if (!isPosix(where)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static void warnIfOthersCanRead(Path file) throws IOException {
        if (!isPosix(file)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            log.warn("主密钥文件 {} 可被其他用户读取（{}），应改为 600 / the master key file can be read by others; chmod 600 it",
                    file, PosixFilePermissions.toString(permissions));
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
