package org.zhiban;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries and the engine-safety rules no code review should have to catch. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.zhiban");

    @Test
    void features_talk_only_through_each_others_public_api() {
        // The other Maven modules (ledger, rules, integrations, ui) share the root package but are libraries, not features.
        ApplicationModules.of(ZhibanApplication.class, JavaClass.Predicates.resideInAnyPackage(
                "org.zhiban.ledger..", "org.zhiban.rules..", "org.zhiban.integrations..", "org.zhiban.ui..",
                "org.zhiban.processes..")).verify();
    }

    /**
     * Camunda query methods that take an expression ({@code taskCandidateGroupExpression(...)},
     * {@code dueBeforeExpression(...)} ...) evaluate JUEL: a request parameter reaching one is remote code execution.
     * None of our code may call any of them.
     */
    @Test
    void no_code_calls_an_expression_taking_camunda_query_method() {
        noClasses().should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a Camunda *Expression query method") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return call.getTargetOwner().getPackageName().startsWith("org.camunda.bpm.engine")
                                && call.getName().endsWith("Expression");
                    }
                })
                .check(CLASSES);
    }

    @Test
    void controllers_never_touch_the_engine_directly() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine..")
                .check(CLASSES);
    }

    /**
     * Services, repositories and controllers stay testable without a UI: Vaadin lives in the ui packages only
     * (and in the security configuration, which wires Vaadin's login into Spring Security).
     */
    @Test
    void vaadin_is_used_only_in_ui_packages() {
        noClasses().that().resideInAPackage("org.zhiban..").and().resideOutsideOfPackage("..ui..")
                .and().doNotHaveFullyQualifiedName("org.zhiban.identity.SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES_OF_THE_APP);
    }

    static final JavaClasses CLASSES_OF_THE_APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.zhiban");
}
