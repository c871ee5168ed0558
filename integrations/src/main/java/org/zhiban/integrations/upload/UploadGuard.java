package org.zhiban.integrations.upload;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.zhiban.integrations.upload.UploadRefusedException.Reason;

/**
 * 上传检查: the one gate every uploaded file passes before Tika, POI or the object store sees it. A file that would
 * inflate past the limits is refused after inflating little more than the limit, so a bomb costs milliseconds.
 * Thread-safe; create one per set of limits and share it.
 */
public final class UploadGuard {

    private final UploadLimits limits;
    private final ParseTimeLimit parseTimeLimit;

    /** Parses run on up to {@code max(2, processors)} threads. */
    public UploadGuard(UploadLimits limits) {
        this(limits, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public UploadGuard(UploadLimits limits, int parseThreads) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.parseTimeLimit = new ParseTimeLimit(limits.parseTimeout(), parseThreads);
    }

    public UploadLimits limits() {
        return limits;
    }

    /**
     * Checks size, container, entries, inflated size, ratios, nesting and entry names.
     *
     * @throws UploadRefusedException when the file breaks a limit or cannot be read
     */
    public GuardedUpload check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UploadRefusedException(Reason.EMPTY);
        }
        if (content.length > limits.maxBytes()) {
            throw new UploadRefusedException(Reason.TOO_LARGE, Sizes.readable(limits.maxBytes()));
        }
        ContainerKind kind = ContainerKind.recognise(content, content.length);
        int entries = 0;
        long uncompressed = content.length;
        if (kind != ContainerKind.PLAIN) {
            ArchiveInspector inspector = new ArchiveInspector(limits, content.length);
            inspector.inspect(content, kind);
            entries = inspector.entries();
            uncompressed = inspector.inflatedBytes();
        }
        return new GuardedUpload(fileName, content, sha256(content), content.length, kind, entries, uncompressed);
    }

    /**
     * Runs one parse step under the parse timeout, on a pool thread. On timeout the step is interrupted and the
     * upload refused; a failure of the step itself is rethrown unchanged. The step runs on another thread, so it
     * should only turn bytes into text: no transaction, security context or MDC of the caller is there.
     *
     * @throws UploadRefusedException {@link Reason#PARSE_TIMEOUT} when the step overruns,
     *                                {@link Reason#PARSER_BUSY} when every parse thread is taken
     */
    public <T> T withinTimeout(Callable<T> parse) throws Exception {
        return parseTimeLimit.run(Objects.requireNonNull(parse, "parse"));
    }

    private static String sha256(byte[] content) {
        return org.zhiban.integrations.storage.Sha256.hex(content);
    }
}
