package org.zhiban.rules.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * 合同审查 — reviews a government contract against 民法典 (and 合同编通则解释), 政府采购法 and its 实施条例,
 * 保障中小企业款项支付条例 (2025), 仲裁法 and 票据法, and checks it for consistency within itself and against the
 * award notice.
 *
 * <p>Compiled once by {@link #load()}; each review opens a fresh session, so one instance is safe to share.
 */
public final class ContractRules {

    /** Listed rather than scanned: classpath scanning is unreliable inside a Spring Boot fat jar. */
    static final List<String> RULE_FILES = List.of(
            "rules/contract/formation.drl",
            "rules/contract/penalties.drl",
            "rules/contract/procurement.drl",
            "rules/contract/sme-payment.drl",
            "rules/contract/disputes.drl",
            "rules/contract/wording.drl",
            "rules/contract/amounts.drl",
            "rules/contract/consistency.drl");

    private static final String GROUP_ID = "org.zhiban.rules";
    private static final String ARTIFACT_ID = "contract-rules";
    private static final String VERSION = "1.0.0";

    private static final Comparator<ContractFinding> REPORT_ORDER = Comparator
            .comparing(ContractFinding::severity)
            .thenComparing(ContractFinding::start, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ContractFinding::ruleId)
            .thenComparing(ContractFinding::message);

    private final KieBase kieBase;
    private final ContractParser parser = new ContractParser();

    private ContractRules(List<String> ruleFiles) {
        this.kieBase = compile(ruleFiles);
    }

    /** Compiles the rule base (a few seconds); keep the instance. */
    public static ContractRules load() {
        return new ContractRules(RULE_FILES);
    }

    static ContractRules load(List<String> ruleFiles) {
        return new ContractRules(ruleFiles);
    }

    /**
     * Runs every rule over one contract.
     *
     * @param award the 中标/成交通知书 the contract follows, for the consistency checks against it
     * @return the findings, 高 first, then in text order; empty when nothing was found
     */
    public List<ContractFinding> review(ParsedContract contract, Optional<AwardNotice> award, ReviewContext context) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(context, "context");
        KieSession session = kieBase.newKieSession();
        try {
            ContractFacts.of(contract, award.orElse(null), context).forEach(session::insert);
            session.fireAllRules();
            return session.getObjects(new ClassObjectFilter(ContractFinding.class)).stream()
                    .map(ContractFinding.class::cast)
                    .distinct()
                    .sorted(REPORT_ORDER)
                    .toList();
        } finally {
            session.dispose();
        }
    }

    /** Parses and reviews plain text: the contract's, and the award notice's when there is one. */
    public List<ContractFinding> review(String contractText, Optional<String> awardText, ReviewContext context) {
        return review(parser.parse(contractText), awardText.map(AwardNotice::parse), context);
    }

    /* Synchronized because building publishes the module under its release id in the shared KieRepository. */
    private static synchronized KieBase compile(List<String> ruleFiles) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId(GROUP_ID, ARTIFACT_ID, VERSION);
        files.generateAndWritePomXML(releaseId);
        for (String ruleFile : ruleFiles) {
            String fileName = ruleFile.substring(ruleFile.lastIndexOf('/') + 1);
            files.write("src/main/resources/" + ContractRules.class.getPackageName().replace('.', '/') + "/"
                    + fileName, readClasspath(ruleFile));
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("合同规则编译失败 (contract rules do not compile): " + errors);
        }
        return services.newKieContainer(releaseId).getKieBase();
    }

    private static String readClasspath(String resource) {
        try (InputStream in = ContractRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("合同规则文件缺失 (rule file not on the classpath): " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule file " + resource, e);
        }
    }
}
