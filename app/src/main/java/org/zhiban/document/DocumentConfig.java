package org.zhiban.document;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiban.rules.document.DocumentRuleSettings;
import org.zhiban.rules.document.DocumentRules;
import org.zhiban.rules.proofreading.Proofreader;

/**
 * The 公文 rule base is compiled once at start; a DRL that does not compile stops the app there. The office's own
 * sensitive-word list ({@code zhiban.document.sensitive-words}, entries "词" or "词=建议写法") replaces the shipped one
 * when given; 成文日期 "not in the future" is judged on the application's clock.
 */
@Configuration
@EnableConfigurationProperties(IssuingProperties.class)
class DocumentConfig {

    @Bean
    DocumentRules documentRules(@Value("${zhiban.document.sensitive-words:}") List<String> sensitiveWords, Clock clock) {
        DocumentRuleSettings settings = DocumentRuleSettings.defaults();
        List<String> own = sensitiveWords.stream().filter(w -> !w.isBlank()).toList();
        return new DocumentRules(own.isEmpty() ? settings : settings.withSensitiveWords(own), clock);
    }

    /** The 错别字 scorer: built once at start (about two seconds), shared by every check. */
    @Bean
    Proofreader proofreader() {
        return Proofreader.load();
    }
}
