package org.zhiban.knowledge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zhiban.knowledge.*}: 知识库 settings.
 *
 * @param importOnStart   import the shipped statutes at start when they changed (default profile: true; prod: false)
 * @param importAndExit   import the shipped statutes, then stop the application: the production import command
 * @param indexCheckEvery how often a node compares its index with the database's generation
 * @param maxUploadBytes  the largest policy document accepted
 */
@ConfigurationProperties("zhiban.knowledge")
public record KnowledgeProperties(boolean importOnStart, boolean importAndExit, Duration indexCheckEvery,
                                  long maxUploadBytes) {

    public KnowledgeProperties {
        indexCheckEvery = indexCheckEvery == null ? Duration.ofSeconds(30) : indexCheckEvery;
        maxUploadBytes = maxUploadBytes <= 0 ? 20L * 1024 * 1024 : maxUploadBytes;
    }
}
