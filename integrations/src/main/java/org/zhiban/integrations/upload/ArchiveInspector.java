package org.zhiban.integrations.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.zhiban.integrations.upload.UploadRefusedException.Reason;

/**
 * Walks one zip or gzip upload, nested archives included, inflating every byte through a {@link MeteredStream}.
 * Sizes written in headers are never believed: the budget counts what the inflater actually produces.
 */
final class ArchiveInspector {

    private final UploadLimits limits;
    private final InflationBudget budget;

    ArchiveInspector(UploadLimits limits, long fileSize) {
        this.limits = limits;
        this.budget = new InflationBudget(limits, fileSize);
    }

    int entries() {
        return budget.entries();
    }

    long inflatedBytes() {
        return budget.inflated();
    }

    void inspect(byte[] content, ContainerKind kind) {
        try {
            if (kind == ContainerKind.ZIP) {
                inspectZip(content);
            } else {
                walk(new ByteArrayInputStream(content), kind, 0);
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name flagged UTF-8 that is not
            throw new UploadRefusedException(Reason.CORRUPT,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void inspectZip(byte[] content) throws IOException {
        OptionalLong claimed = CentralDirectory.claimedEntries(content);
        if (claimed.isEmpty()) {
            throw new UploadRefusedException(Reason.CORRUPT, "no end of central directory: the zip is cut off");
        }
        // refused before a single byte is inflated
        if (claimed.getAsLong() > limits.maxArchiveEntries()) {
            throw new UploadRefusedException(Reason.TOO_MANY_ENTRIES, limits.maxArchiveEntries());
        }
        int streamed = walk(new ByteArrayInputStream(content), ContainerKind.ZIP, 0);
        if (streamed != claimed.getAsLong()) {
            throw new UploadRefusedException(Reason.CORRUPT, "the central directory lists " + claimed.getAsLong()
                    + " entries, the archive holds " + streamed);
        }
    }

    /** Returns the entries found at this level; the budget counts all levels. */
    private int walk(InputStream source, ContainerKind kind, int depth) throws IOException {
        return kind == ContainerKind.ZIP ? walkZip(source, depth) : walkGzip(source, depth);
    }

    private int walkZip(InputStream source, int depth) throws IOException {
        PushbackInputStream start = new PushbackInputStream(source, ContainerKind.MAGIC_LENGTH);
        byte[] head = start.readNBytes(ContainerKind.MAGIC_LENGTH);
        if (!ContainerKind.isSpannedMarker(head, head.length)) {
            start.unread(head);
        }
        CountingInputStream compressed = new CountingInputStream(start);
        // names without the UTF-8 flag are often GBK, which the default UTF-8 would refuse as malformed. ISO-8859-1
        // reads any byte, and the name checks look only at ASCII: a GBK character starts at 0x81 or above, so it
        // cannot fake a leading '/' or a drive letter
        try (ZipInputStream zip = new ZipInputStream(compressed, StandardCharsets.ISO_8859_1)) {
            int entries = 0;
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                budget.countEntry();
                EntryNames.check(entry.getName());
                MeteredStream data = new MeteredStream(zip, compressed, budget);
                inspectContent(data, depth);
                // ZipInputStream checked this size against its inflater when the entry ended
                data.finish(entry.getCompressedSize());
                entries++;
            }
            drain(compressed);
            return entries;
        }
    }

    private int walkGzip(InputStream source, int depth) throws IOException {
        CountingInputStream compressed = new CountingInputStream(source);
        try (GZIPInputStream gzip = new GZIPInputStream(compressed)) {
            budget.countEntry();
            MeteredStream data = new MeteredStream(gzip, compressed, budget);
            inspectContent(data, depth);
            drain(compressed);
            data.finish(compressed.count());
            return 1;
        }
    }

    /** Recurses into an entry that is itself an archive, or just inflates it to count it. */
    private void inspectContent(MeteredStream data, int depth) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(data, ContainerKind.MAGIC_LENGTH);
        byte[] head = peek.readNBytes(ContainerKind.MAGIC_LENGTH);
        peek.unread(head);
        ContainerKind kind = ContainerKind.recognise(head, head.length);
        if (kind == ContainerKind.PLAIN) {
            drain(peek);
            return;
        }
        if (depth >= limits.maxNestingDepth()) {
            throw new UploadRefusedException(Reason.NESTED_ARCHIVE, limits.maxNestingDepth());
        }
        walk(peek, kind, depth + 1);
    }

    /** What a reader leaves (a central directory, trailing bytes) is inflated and paid for too. */
    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }
}
