package org.zhiban.platform;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhiban.integrations.upload.UploadLimits;

/**
 * @param allowedTypes media types (as Tika detects them from the content) a case attachment may have
 */
@ConfigurationProperties("zhiban.uploads")
public record UploadProperties(Long maxBytes, Integer maxArchiveEntries, Long maxUncompressedBytes,
                               Integer maxCompressionRatio, Integer maxNestingDepth, Duration parseTimeout,
                               List<String> allowedTypes) {

    UploadLimits limits() {
        UploadLimits d = UploadLimits.defaults();
        return new UploadLimits(maxBytes == null ? d.maxBytes() : maxBytes,
                maxArchiveEntries == null ? d.maxArchiveEntries() : maxArchiveEntries,
                maxUncompressedBytes == null ? d.maxUncompressedBytes() : maxUncompressedBytes,
                maxCompressionRatio == null ? d.maxCompressionRatio() : maxCompressionRatio,
                maxNestingDepth == null ? d.maxNestingDepth() : maxNestingDepth,
                parseTimeout == null ? d.parseTimeout() : parseTimeout);
    }
}
