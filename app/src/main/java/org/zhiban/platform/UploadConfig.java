package org.zhiban.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiban.integrations.upload.UploadGuard;
import org.zhiban.integrations.upload.UploadLimits;

/**
 * The one upload guard every upload path uses (case attachments, knowledge documents, later contracts and
 * tickets): size, archive entries, unpacked size, compression ratio and nesting are checked before any parser
 * sees the bytes, and parsing runs under a time limit. Limits from {@code zhiban.uploads.*}.
 */
@Configuration
@EnableConfigurationProperties(UploadProperties.class)
class UploadConfig {

    @Bean
    UploadGuard uploadGuard(UploadProperties properties) {
        return new UploadGuard(properties.limits());
    }
}
