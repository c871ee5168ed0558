package org.zhiban.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zhiban.ai.AiAssistant;
import org.zhiban.ai.AiCitation;
import org.zhiban.ai.AiRequest;
import org.zhiban.ai.AiResult;
import org.zhiban.ai.AiTask;
import org.zhiban.ai.LawCitations;
import org.zhiban.knowledge.ArticleDetails;
import org.zhiban.knowledge.ArticleReading;
import org.zhiban.rules.contract.AwardNotice;
import org.zhiban.rules.contract.ContractFinding;
import org.zhiban.rules.contract.ContractParser;
import org.zhiban.rules.contract.ContractRisk;
import org.zhiban.rules.contract.ContractRules;
import org.zhiban.rules.contract.ParsedContract;
import org.zhiban.rules.contract.ReviewContext;
import org.zhiban.rules.contract.Severity;
import org.zhiban.shared.Classification;

/**
 * 合同审查 of one text: the Drools rules ({@code rules/contract}) always, then — when a model may see the contract —
 * a clause-by-clause analysis of ambiguity, imbalance and hidden risks as structured output. Every citation is
 * checked against the knowledge base; a model's finding is kept only when its excerpt is in the contract. The score
 * rests on the rules alone ({@link ContractRisk}): a model's findings are suggestions for the reviewers.
 */
@Service
class ContractReviewing {

    static final String RULES_ONLY = "rules";
    static final String WITH_MODEL = "rules+model";
    static final String MODEL_RULE_PREFIX = "CON-AI-";
    private static final Pattern WORKS = Pattern.compile("工程|施工|建设|装修|改造");
    private static final Pattern SERVICES = Pattern.compile("服务|咨询|运维|维护|物业|设计|监理|培训|租赁");

    /** What the model is asked for: each risk with the words of the contract it concerns. */
    record ClauseRisk(@NotBlank String clause, @NotBlank String excerpt, @NotBlank String kind,
                      @NotBlank String severity, @NotBlank String message, String suggestion, String citation) {}

    record ClauseAnalysis(@NotNull @Valid List<ClauseRisk> risks) {}

    /** The outcome of one review. */
    record Review(ParsedContract parsed, List<ReviewedFinding> findings, ContractRisk risk, String method,
                  String methodNote, String contractKind, String model) {}

    private final ContractRules rules;
    private final ContractParser parser = new ContractParser();
    private final AiAssistant assistant;
    private final LawCitations citations;
    private final ArticleReading articles;
    private final Clock clock;

    ContractReviewing(AiAssistant assistant, LawCitations citations, ArticleReading articles, Clock clock) {
        this.articles = articles;
        this.rules = ContractRules.load();
        this.assistant = assistant;
        this.citations = citations;
        this.clock = clock;
    }

    Review review(String contractText, Optional<String> awardText, Classification classification, String caseId) {
        ParsedContract parsed = parser.parse(contractText);
        Optional<AwardNotice> award = awardText.map(AwardNotice::parse);
        List<ContractFinding> found = rules.review(parsed, award, ReviewContext.on(LocalDate.now(clock)));
        List<ReviewedFinding> findings = new ArrayList<>(found.stream().map(this::fromRule).toList());
        ContractRisk risk = ContractRisk.of(found);

        AiRequest request = AiRequest.of(AiTask.ANALYSE_CLAUSE, classification).forCase(caseId)
                .with("ruleFindings", found.isEmpty() ? "（无）" : found.stream()
                        .map(f -> f.ruleId() + "（" + (f.clause() == null ? "全文" : f.clause()) + "）" + f.message())
                        .collect(Collectors.joining("\n")))
                .material("合同", contractText);
        if (assistant.routing(request).routed()) {
            request = request.references(references(findings));
        }
        AiResult<ClauseAnalysis> answer = assistant.extract(request, ClauseAnalysis.class,
                () -> new ClauseAnalysis(List.of()));
        if (answer.fallback()) {
            return new Review(parsed, findings, risk, RULES_ONLY, "仅规则与检索（" + answer.notice() + "）",
                    kind(parsed), null);
        }
        for (ClauseRisk r : answer.value().risks()) {
            fromModel(r, contractText, parsed).ifPresent(findings::add);
        }
        return new Review(parsed, findings, risk, WITH_MODEL, "规则 + 模型 " + answer.model() + "（模型意见仅供会审参考）",
                kind(parsed), answer.model());
    }

    /** The text of every article the rules cited, as the knowledge base holds it: what the model may rely on. */
    private String references(List<ReviewedFinding> findings) {
        return findings.stream().filter(f -> f.verified() && f.kbStatute() != null && f.kbArticleNo() != null)
                .map(f -> f.kbStatute() + "\u0000" + f.kbArticleNo()).distinct().map(key -> {
                    String[] parts = key.split("\u0000");
                    try {
                        ArticleDetails a = articles.read(parts[0], parts[1], LocalDate.now(clock));
                        return "《" + a.title() + "》" + a.articleNo() + "：" + a.text();
                    } catch (RuntimeException notThere) {
                        return null;
                    }
                }).filter(java.util.Objects::nonNull).collect(Collectors.joining("\n"));
    }

    /**
     * The first review in a fresh JVM takes over a second (class loading, the rule base's first run); one review of
     * a small contract in the background after start keeps that from the first official who uploads.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warmUp() {
        Thread warm = new Thread(() -> {
            try {
                rules.review(parser.parse(WARM_UP), Optional.empty(), ReviewContext.on(LocalDate.now(clock)));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ContractReviewing.class).warn("contract rules warm-up failed", e);
            }
        }, "contract-rules-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private static final String WARM_UP = """
            货物采购合同
            甲方（采购人）：某市某局
            乙方（供应商）：某某有限公司
            第一条 标的 乙方向甲方提供办公设备一批。
            第二条 价款 合同总价为人民币壹拾万元整（¥100,000.00）。
            第三条 付款 合同签订后支付50%，验收合格后支付50%。
            第四条 违约责任 逾期交货的，每日按合同总价的0.05%支付违约金。
            第五条 争议解决 向甲方所在地人民法院提起诉讼。
            """;

    private ReviewedFinding fromRule(ContractFinding f) {
        String text = f.citation().text();
        Optional<AiCitation> checked = check(text);
        return new ReviewedFinding(f.ruleId(), f.severity(), f.clause(), f.excerpt(), f.start(), f.end(), f.message(),
                f.suggestion(), f.citation().statute(), f.citation().article(), f.citation().part(), text,
                checked.map(AiCitation::statute).orElse(null), checked.map(AiCitation::articleNo).orElse(null),
                checked.map(AiCitation::resolved).orElse(false), ReviewedFinding.RULE, f.consistency());
    }

    /** A model's risk, kept only when its excerpt is the contract's own words; its citation checked like a rule's. */
    private Optional<ReviewedFinding> fromModel(ClauseRisk r, String text, ParsedContract parsed) {
        int at = text.indexOf(r.excerpt().strip());
        if (at < 0) {
            return Optional.empty();
        }
        int end = at + r.excerpt().strip().length();
        Severity severity;
        try {
            severity = Severity.fromCode(r.severity());
        } catch (IllegalArgumentException e) {
            severity = Severity.LOW;
        }
        String citation = r.citation() == null || r.citation().isBlank() ? null : r.citation().strip();
        Optional<AiCitation> checked = citation == null ? Optional.empty() : check(citation);
        return Optional.of(new ReviewedFinding(MODEL_RULE_PREFIX + kindCode(r.kind()), severity,
                parsed.clauseLabel(at), text.substring(at, end), at, end, r.message(), r.suggestion(),
                checked.map(AiCitation::statute).orElse(null), checked.map(AiCitation::articleNo).orElse(null), null,
                citation, checked.map(AiCitation::statute).orElse(null), checked.map(AiCitation::articleNo).orElse(null),
                checked.map(AiCitation::resolved).orElse(false), ReviewedFinding.MODEL, false));
    }

    private Optional<AiCitation> check(String citation) {
        return citations.check(citation).stream().findFirst();
    }

    static String kindCode(String kind) {
        if (kind.contains("歧义") || kind.contains("模糊")) {
            return "AMBIGUITY";
        }
        if (kind.contains("失衡") || kind.contains("不对等") || kind.contains("公平")) {
            return "IMBALANCE";
        }
        return "HIDDEN";
    }

    /** 货物, 服务 or 工程, from the title first, the text second. */
    static String kind(ParsedContract parsed) {
        String title = parsed.title() == null ? "" : parsed.title();
        if (WORKS.matcher(title).find()) {
            return "works";
        }
        if (SERVICES.matcher(title).find()) {
            return "services";
        }
        String head = parsed.text().substring(0, Math.min(parsed.text().length(), 2000));
        if (head.contains("施工") || head.contains("发包人")) {
            return "works";
        }
        return SERVICES.matcher(head).find() && !head.contains("货物") ? "services" : "goods";
    }
}
