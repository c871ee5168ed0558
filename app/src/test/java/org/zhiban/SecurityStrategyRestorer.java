package org.zhiban;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Spring Security keeps one security-context strategy per JVM, and Vaadin's configuration replaces it with the
 * one of whichever application context started last. Tests run two contexts (the shared one and the one with a
 * fake model), so before each test class and method the strategy of that test's context is put back; otherwise
 * method security of the first context reads the second's (empty) context and refuses with 403.
 */
public class SecurityStrategyRestorer extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        restore(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        restore(testContext);
    }

    private static void restore(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        SecurityContextHolderStrategy strategy = testContext.getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class).getIfAvailable();
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
