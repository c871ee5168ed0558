package org.zhiban.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Engine settings that are security decisions, set in code so they cannot drift in a properties file.
 * Camunda 7.24 CE is the last community release; its REST API and webapps are not shipped at all,
 * and what stays inside the engine is locked down here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EngineHardening implements ProcessEnginePlugin {

    public static final int QUERY_MAX_RESULTS = 2000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl config) {
        config.setAuthorizationEnabled(true);
        config.setQueryMaxResultsLimit(QUERY_MAX_RESULTS);
        // Expression injection through task queries (orQueries, stored filters) is a known 7.x attack path.
        config.setEnableExpressionsInAdhocQueries(false);
        config.setEnableExpressionsInStoredQueries(false);
        // Process variables are ids and small values as JSON or primitives, never Java-serialized objects.
        config.setJavaSerializationFormatEnabled(false);
        config.setDefaultSerializationFormat("application/json");
        config.setEnforceHistoryTimeToLive(true);
        // Failed-login throttling inside IdentityService.checkPassword: growing delay, lock after 5 failures.
        config.setLoginMaxAttempts(5);
        config.setLoginDelayFactor(2);
        config.setLoginDelayBase(3);
        config.setLoginDelayMaxTime(60);
        config.setPasswordEncryptor(new BcryptPasswordEncryptor());
        config.setHistoryCleanupBatchWindowStartTime("01:00");
        config.setHistoryCleanupBatchWindowEndTime("05:00");
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl config) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
    }
}
