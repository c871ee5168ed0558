package org.zhiban.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * 启动导入: imports the shipped statutes when {@code zhiban.knowledge.import-on-start} is set and they changed
 * since the last import (a fingerprint comparison, so an unchanged start costs one row read), then builds the
 * index. With {@code zhiban.knowledge.import-and-exit=true} it imports and stops: the production import command.
 */
@Component
class KnowledgeStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeStartup.class);

    private final KnowledgeProperties properties;
    private final KnowledgeImport importer;
    private final KnowledgeIndex index;
    private final ConfigurableApplicationContext context;

    KnowledgeStartup(KnowledgeProperties properties, KnowledgeImport importer, KnowledgeIndex index,
                     ConfigurableApplicationContext context) {
        this.properties = properties;
        this.importer = importer;
        this.index = index;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.importAndExit()) {
            ImportReport report = importer.importShipped(true);
            log.info("knowledge import finished, exiting: {}", report);
            System.exit(SpringApplication.exit(context, () -> 0));
        }
        if (properties.importOnStart()) {
            importer.importShipped(false);
        }
        index.refresh();
    }
}
