package org.zhiban.rules.contract;

import java.util.List;
import java.util.Optional;

/**
 * 合同解析结果 — a contract's plain text read into its parts. Every offset points into {@link #text()}.
 *
 * @param title          合同名称 (the first line naming a 合同/协议), or {@code null}
 * @param contractNumber 合同编号, or {@code null}
 * @param projectName    项目名称 stated in the preamble, or {@code null}
 * @param projectNumber  项目编号/采购编号, or {@code null}
 * @param parties        当事人 from the preamble (from the signature block when the preamble names none)
 * @param bodyStart      offset of the first numbered clause (the end of the preamble)
 * @param bodyEnd        offset where the signature block begins (the text's length without one)
 * @param clauses        every numbered clause, all levels, in text order
 * @param sentences      the text up to the signature block, cut into sentences
 * @param amounts        every amount of money
 * @param amountPairs    大写 and 小写 stated together
 * @param dates          every date
 * @param dateRanges     from-to pairs of dates
 * @param periods        every length of time (30日, 12个月), dates excluded
 * @param milestones     付款节点
 * @param securities     定金、履约保证金、质保金、投标保证金
 * @param penalties      违约金 clauses
 * @param dispute        争议解决, or {@code null} when nothing is said about disputes
 * @param signature      签署栏, or {@code null} when there is none
 */
public record ParsedContract(String text, String title, String contractNumber, String projectName,
                             String projectNumber, List<Party> parties, int bodyStart, int bodyEnd,
                             List<Clause> clauses, List<Sentence> sentences, List<Amount> amounts,
                             List<AmountPair> amountPairs, List<ContractDate> dates, List<DateRange> dateRanges,
                             List<Period> periods, List<PaymentMilestone> milestones, List<Security> securities,
                             List<Penalty> penalties, DisputeResolution dispute, SignatureBlock signature) {

    public ParsedContract {
        parties = List.copyOf(parties);
        clauses = List.copyOf(clauses);
        sentences = List.copyOf(sentences);
        amounts = List.copyOf(amounts);
        amountPairs = List.copyOf(amountPairs);
        dates = List.copyOf(dates);
        dateRanges = List.copyOf(dateRanges);
        periods = List.copyOf(periods);
        milestones = List.copyOf(milestones);
        securities = List.copyOf(securities);
        penalties = List.copyOf(penalties);
    }

    /** The text from the first clause to the signature block: what the parties agreed, without the preamble. */
    public String body() {
        return text.substring(bodyStart, bodyEnd);
    }

    /** The innermost clause containing the offset. */
    public Optional<Clause> clauseAt(int offset) {
        Clause found = null;
        for (Clause clause : clauses) {
            if (clause.contains(offset) && (found == null || clause.level() > found.level())) {
                found = clause;
            }
        }
        return Optional.ofNullable(found);
    }

    /** How a finding names the place: the innermost clause's {@link Clause#path}, or {@code null}. */
    public String clauseLabel(int offset) {
        return clauseAt(offset).map(Clause::path).orElse(null);
    }

    /** The party of a role, if the contract names one. */
    public Optional<Party> party(PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).findFirst();
    }

    /** The top-level clauses, in order. */
    public List<Clause> articles() {
        return clauses.stream().filter(c -> c.level() == 1).toList();
    }
}
