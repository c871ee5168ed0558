package org.zhiban.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhiban.cases.CaseAttachments;
import org.zhiban.rules.document.DocumentFacts;
import org.zhiban.rules.document.DocumentRules;
import org.zhiban.rules.document.Finding;
import org.zhiban.rules.document.Severity;
import org.zhiban.rules.proofreading.Proofreader;
import org.zhiban.rules.proofreading.Typo;

/**
 * 规范性检查与校对: the one engine behind the 规范性检查 step, the editor's compliance panel and
 * {@code POST /api/documents/check} — the Drools rules over the elements, then proofreading of the body for
 * 错别字 by the character language model and its confusion set (no model needed). A suspected typo is a warning:
 * the scorer can be wrong, and an official decides.
 */
@Service
class DocumentChecking {

    static final String TYPO_RULE = "DOC-PROOF-TYPO";
    static final String TYPO_BASIS = "错别字校对：字符语言模型与音近、形近字混淆集（未使用大模型）";

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId).thenComparing(f -> f.start() == null ? -1 : f.start());

    private final DocumentRules rules;
    private final Proofreader proofreader;
    private final CaseAttachments attachments;

    DocumentChecking(DocumentRules rules, Proofreader proofreader, CaseAttachments attachments) {
        this.rules = rules;
        this.proofreader = proofreader;
        this.attachments = attachments;
    }

    /** A case's draft, its 附件说明 checked against the files attached to the case (named without extension). */
    List<Finding> check(DocumentDraft draft) {
        List<String> titles = attachments.currentNames(draft.caseId()).stream().map(DocumentChecking::title).toList();
        return check(draft.facts(titles));
    }

    /** 实施方案.docx → 实施方案: the 附件说明 names the attachment, not its file. */
    static String title(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    List<Finding> check(DocumentFacts facts) {
        List<Finding> findings = new ArrayList<>(rules.check(facts));
        if (facts.body() != null && !facts.body().isBlank()) {
            // a span the rules already explained (a listed wrong word) is not reported twice
            proofreader.check(facts.body()).stream().filter(t -> findings.stream().noneMatch(f -> overlaps(f, t)))
                    .map(DocumentChecking::typo).forEach(findings::add);
        }
        findings.sort(ORDER);
        return findings;
    }

    static Finding typo(Typo t) {
        return new Finding(TYPO_RULE, Severity.WARNING, "body", "疑似错别字：“" + t.original() + "”，建议改为“"
                + t.suggestion() + "”（可信度 " + Math.round(t.confidence() * 100) + "%，请核对）。", TYPO_BASIS,
                t.start(), t.end(), t.suggestion());
    }

    private static boolean overlaps(Finding f, Typo t) {
        return "body".equals(f.field()) && f.start() != null && f.start() < t.end() && t.start() < f.end();
    }
}
