package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a review puts into the rule session: the contract, its sentences and parties, and the figures Java works
 * out for the rules (shares, sums, day counts). The rules decide; these only measure.
 */
final class ContractFacts {

    private ContractFacts() {
    }

    static List<Object> of(ParsedContract contract, AwardNotice award, ReviewContext context) {
        List<Object> facts = new ArrayList<>();
        facts.add(contract);
        facts.add(context);
        facts.add(context.thresholds());
        facts.add(ContractProfile.of(contract, context));
        facts.add(EssentialTerms.of(contract));
        facts.add(Acceptance.of(contract));
        facts.add(DepositPenalty.of(contract));
        facts.add(LiabilityBalance.of(contract));
        facts.addAll(contract.sentences().stream().filter(s -> s.start() >= contract.bodyStart()).toList());
        facts.addAll(contract.parties());
        facts.addAll(contract.amountPairs());
        facts.addAll(contract.dateRanges());
        List<StatedTotal> totals = StatedTotal.of(contract);
        facts.addAll(totals);
        BigDecimal total = totals.isEmpty() ? null : totals.get(0).value();
        facts.add(PaymentPlan.of(contract.milestones(), total));
        facts.addAll(PaymentTerm.of(contract));
        facts.addAll(LateInterest.of(contract));
        contract.securities().forEach(s -> facts.add(SecurityTerm.of(s, total)));
        contract.penalties().forEach(p -> facts.add(PenaltyTerm.of(p, total)));
        facts.addAll(LineItemTable.of(contract));
        if (contract.dispute() != null) {
            facts.add(contract.dispute());
        }
        PerformancePeriod performance = PerformancePeriod.of(contract);
        if (performance != null) {
            facts.add(performance);
        }
        if (contract.signature() != null) {
            facts.add(contract.signature());
            facts.addAll(contract.signature().signatories());
            contract.signature().concludedOn().ifPresent(date -> facts.add(new Signing(date)));
        }
        if (award != null) {
            facts.add(award);
        }
        return facts;
    }
}
