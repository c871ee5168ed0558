package org.zhiban.rules.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * 公文规范性审查 — checks a 公文 draft against GB/T 9704-2012 and the 《党政机关公文处理工作条例》.
 *
 * <p>The rule base is compiled once, in the constructor; {@link #check} opens a fresh session per call, so one
 * instance is safe to share between threads.
 */
public final class DocumentRules {

    /** Listed rather than scanned: classpath scanning is unreliable inside a Spring Boot fat jar. */
    static final List<String> RULE_FILES = List.of(
            "rules/document/elements.drl",
            "rules/document/document-number.drl",
            "rules/document/signing-date.drl",
            "rules/document/title.drl",
            "rules/document/header.drl",
            "rules/document/signer.drl",
            "rules/document/recipients.drl",
            "rules/document/routing.drl",
            "rules/document/genre-wording.drl",
            "rules/document/attachment-note.drl",
            "rules/document/headings.drl",
            "rules/document/wording.drl",
            "rules/document/punctuation.drl",
            "rules/document/numbers.drl");

    /* Its own release id keeps this rule base apart from other domains' bases built in the same JVM. */
    private static final String GROUP_ID = "org.zhiban.rules";
    private static final String ARTIFACT_ID = "document-rules";
    private static final String VERSION = "1.0.0";

    private static final Comparator<Finding> REPORT_ORDER =
            Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId).thenComparing(Finding::field)
                    .thenComparing(Finding::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Finding::message);

    /** 成文日期 are days in China, whatever the server's zone. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private final KieBase kieBase;
    private final DocumentRuleSettings settings;
    private final Clock clock;

    public DocumentRules() {
        this(DocumentRuleSettings.defaults());
    }

    public DocumentRules(DocumentRuleSettings settings) {
        this(settings, Clock.system(OFFICE_ZONE));
    }

    /** @param clock today's date, for the rule that a 成文日期 may not lie in the future */
    public DocumentRules(DocumentRuleSettings settings, Clock clock) {
        this(RULE_FILES, settings, clock);
    }

    DocumentRules(List<String> ruleFiles, DocumentRuleSettings settings) {
        this(ruleFiles, settings, Clock.system(OFFICE_ZONE));
    }

    DocumentRules(List<String> ruleFiles, DocumentRuleSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.kieBase = compile(ruleFiles);
    }

    /**
     * Runs every rule over one document.
     *
     * @return the findings, errors first; empty when the document is clean
     */
    public List<Finding> check(DocumentFacts doc) {
        Objects.requireNonNull(doc, "doc");
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(settings);
            session.insert(new CheckContext(LocalDate.now(clock.withZone(OFFICE_ZONE))));
            session.insert(doc);
            session.fireAllRules();
            return session.getObjects(new ClassObjectFilter(Finding.class)).stream()
                    .map(Finding.class::cast)
                    .sorted(REPORT_ORDER)
                    .toList();
        } finally {
            session.dispose();
        }
    }

    /* Synchronized because building publishes the module under its release id in the shared KieRepository. */
    private static synchronized KieBase compile(List<String> ruleFiles) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId(GROUP_ID, ARTIFACT_ID, VERSION);
        files.generateAndWritePomXML(releaseId);
        for (String ruleFile : ruleFiles) {
            files.write(virtualPath(ruleFile), readClasspath(ruleFile));
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("公文规则编译失败 (document rules do not compile): " + errors);
        }
        return services.newKieContainer(releaseId).getKieBase();
    }

    /** Drools expects the folder to mirror the DRL package; the classpath folder is a shorter, friendlier name. */
    private static String virtualPath(String ruleFile) {
        String fileName = ruleFile.substring(ruleFile.lastIndexOf('/') + 1);
        return "src/main/resources/" + DocumentRules.class.getPackageName().replace('.', '/') + "/" + fileName;
    }

    private static String readClasspath(String resource) {
        try (InputStream in = DocumentRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("公文规则文件缺失 (rule file not on the classpath): " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule file " + resource, e);
        }
    }
}
