package org.zhiban.document;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiban.rules.document.DocumentRules;

/** The 公文 rule base is compiled once at start; a DRL that does not compile stops the app there. */
@Configuration
@EnableConfigurationProperties(IssuingProperties.class)
class DocumentConfig {

    @Bean
    DocumentRules documentRules() {
        return new DocumentRules();
    }
}
