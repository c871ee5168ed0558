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
        // Camunda's own failed-login lock never expires and nothing could lift it, so anyone could lock anyone out
        // for good. The app throttles and locks for a while instead (identity.login.LoginThrottle); Camunda's is off.
        config.setLoginMaxAttempts(Integer.MAX_VALUE);
        config.setLoginDelayFactor(0);
        // account and department ids may hold . _ - (as the import and the administration allow)
        config.setUserResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
        config.setGroupResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
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
