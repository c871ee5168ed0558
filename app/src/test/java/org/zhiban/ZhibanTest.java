package org.zhiban;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port: real Camunda, Drools, embedded S3 endpoint and ledger, on PostgreSQL when
 * {@code ZHIBAN_TEST_JDBC_URL} is set. Every integration test uses exactly this, so Spring caches one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ZhibanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.springframework.test.context.TestExecutionListeners(listeners = SecurityStrategyRestorer.class,
        mergeMode = org.springframework.test.context.TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ZhibanTest {
}
