package org.zhiban.rules.contract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 签署栏 — the tail of the contract where the parties sign and seal.
 *
 * @param signatories  one per party, in order
 * @param signingDates dates on lines of their own (签订日期：…), not tied to one party
 */
public record SignatureBlock(int start, int end, List<Signatory> signatories, List<ContractDate> signingDates) {

    public SignatureBlock {
        signatories = List.copyOf(signatories);
        signingDates = List.copyOf(signingDates);
    }

    /** The day the contract was concluded: the last date anyone signed (民法典 第四百九十条), if any is written. */
    public Optional<LocalDate> concludedOn() {
        return java.util.stream.Stream.concat(
                        signatories.stream().map(Signatory::date).filter(Objects::nonNull), signingDates.stream())
                .map(ContractDate::date).max(Comparator.naturalOrder());
    }
}
