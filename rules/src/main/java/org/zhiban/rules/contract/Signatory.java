package org.zhiban.rules.contract;

/**
 * One party's place in the signature block.
 *
 * @param name           the name written there, or {@code null} when the line is left for a seal
 * @param representative 法定代表人/授权代表, or {@code null}
 * @param address        地址 written there, or {@code null}
 * @param date           签订日期, or {@code null}
 * @param dateBlank      a date line is there but not filled (____年__月__日)
 * @param sealed         a 盖章/公章/签章 place is marked
 */
public record Signatory(PartyRole role, String label, String name, String representative, String address,
                        ContractDate date,
                        boolean dateBlank, boolean sealed, int start, int end) {
}
