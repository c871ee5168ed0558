package org.zhiban.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhiban.contract.ContractReport.AmountView;
import org.zhiban.contract.ContractReport.CitationRef;
import org.zhiban.contract.ContractReport.ClauseView;
import org.zhiban.contract.ContractReport.DecisionView;
import org.zhiban.contract.ContractReport.FindingView;
import org.zhiban.contract.ContractReport.PartyView;
import org.zhiban.rules.contract.Amount;
import org.zhiban.rules.contract.ContractRisk;
import org.zhiban.rules.contract.ParsedContract;
import org.zhiban.rules.contract.Party;
import org.zhiban.rules.contract.PartyRole;

/** Builds the {@link ContractReport} of a review: of a batch review straight away, of a case from what it keeps. */
final class ContractReports {

    private ContractReports() {
    }

    static ContractStore.Parsed parsed(ParsedContract p) {
        List<PartyView> parties = p.parties().stream().map(ContractReports::party).toList();
        List<AmountView> amounts = p.amounts().stream().map(a -> new AmountView(a.text(), a.value(),
                a.form() == Amount.Form.CAPITALS ? "upper" : "lower", a.clause())).toList();
        List<ClauseView> clauses = p.clauses().stream().map(c -> new ClauseView(c.path(), c.heading(), c.text(),
                c.start(), c.end(), c.level())).toList();
        return new ContractStore.Parsed(parties, amounts, clauses);
    }

    private static PartyView party(Party p) {
        return new PartyView(p.role() == PartyRole.FIRST ? "first" : p.role() == PartyRole.SECOND ? "second" : "other",
                p.label(), p.name(), p.address(), p.creditCode(), p.creditCodeValid());
    }

    static Optional<String> partyName(ParsedContract p, PartyRole role) {
        return p.party(role).map(Party::name);
    }

    /** The contract's total: the largest amount it states (the 合同总价 every other amount is a part of). */
    static BigDecimal total(ParsedContract p) {
        return p.amounts().stream().map(Amount::value).filter(v -> v != null).max(BigDecimal::compareTo).orElse(null);
    }

    /** A review run without a case ({@code POST /api/contracts/review}). */
    static ContractReport batch(ContractTexts.ReadFile file, ContractReviewing.Review review, Instant at) {
        ContractStore.Parsed parsed = parsed(review.parsed());
        List<FindingView> findings = review.findings().stream().map(f -> view(null, f, List.of())).toList();
        return report(null, review.parsed().title(), null, file.fileName(), file.sha256(), review.risk(),
                review.method(), review.methodNote(), parsed, findings, List.of(), at);
    }

    /** The report of a case's latest round, with every decision taken on it. */
    static ContractReport ofCase(String caseId, String department, ContractStore.Source source,
                                 ContractStore.Round round, List<ContractStore.StoredFinding> findings,
                                 List<ContractStore.StoredDecision> decisions, Instant at) {
        Map<String, List<DecisionView>> byFinding = decisions.stream().filter(d -> d.findingId() != null)
                .collect(Collectors.groupingBy(ContractStore.StoredDecision::findingId,
                        Collectors.mapping(ContractReports::decision, Collectors.toList())));
        List<FindingView> views = findings.stream()
                .map(f -> view(f.id(), f.finding(), byFinding.getOrDefault(f.id(), List.of()))).toList();
        ContractRisk.RiskLevel level = ContractRisk.RiskLevel.valueOf(round.level().toUpperCase(java.util.Locale.ROOT));
        return new ContractReport(caseId, round.title(), department, source.fileName(), source.sha256(), round.level(),
                level.label(), round.score(), round.method(), round.methodNote(), round.parsed().parties(),
                round.parsed().amounts(), round.parsed().clauses(), views,
                views.stream().filter(FindingView::consistency).toList(),
                decisions.stream().map(ContractReports::decision).toList(), at);
    }

    private static ContractReport report(String caseId, String title, String department, String fileName,
                                         String sha256, ContractRisk risk, String method, String note,
                                         ContractStore.Parsed parsed, List<FindingView> findings,
                                         List<DecisionView> decisions, Instant at) {
        return new ContractReport(caseId, title, department, fileName, sha256,
                risk.level().name().toLowerCase(java.util.Locale.ROOT), risk.level().label(), risk.score(), method,
                note, parsed.parties(), parsed.amounts(), parsed.clauses(), findings,
                findings.stream().filter(FindingView::consistency).toList(), decisions, at);
    }

    static FindingView view(String id, ReviewedFinding f, List<DecisionView> decisions) {
        return new FindingView(id, f.ruleId(), f.severity().code(), f.clause(), f.excerpt(), f.start(), f.end(),
                f.message(), f.suggestion(), f.citation(),
                f.statute() == null && f.kbStatute() == null ? null
                        : new CitationRef(f.statute(), f.article(), f.part(), f.link(), f.verified()),
                f.source(), f.consistency(), decisions);
    }

    static DecisionView decision(ContractStore.StoredDecision d) {
        return new DecisionView(d.findingId(), d.part(), d.userId(), d.userName(), d.department(), d.decision(),
                d.opinion(), d.at());
    }
}
