package org.zhiban.integrations.upload;

/**
 * An upload that passed {@link UploadGuard#check}: safe to hand to a parser and to store.
 *
 * @param fileName          as the client sent it; not checked, so never use it as a path
 * @param content           the very array passed to the guard, not a copy (uploads reach 20 MB); do not modify it
 * @param sha256            lowercase hex SHA-256 of the content, as {@code ObjectStore} keys it
 * @param size              content length in bytes
 * @param kind              the container the magic bytes revealed
 * @param entryCount        archive entries over all levels of nesting (1 for gzip, 0 for a plain file)
 * @param uncompressedBytes bytes the guard inflated over all levels (the file size for a plain file)
 */
public record GuardedUpload(String fileName, byte[] content, String sha256, long size, ContainerKind kind,
        int entryCount, long uncompressedBytes) {
}
