package org.zhiban.rules.contract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a review knows besides the contract: today's date (for "not yet signed 30 days after the award"), the
 * thresholds, and what the case says about the parties. {@code null} in the last three means "read it from the
 * contract": procurement from 政府采购/采购人/中标通知书, the buyer from the 甲方's name (…局, …委员会, …学校 are
 * 机关、事业单位), an SME from the contract's own statement (中小企业, 小型企业, 微型企业).
 *
 * @param governmentProcurement whether the contract is a 政府采购合同, or {@code null}
 * @param buyer                 the 甲方's kind, or {@code null}
 * @param supplierSme           whether the 乙方 is a 中小企业, or {@code null}
 */
public record ReviewContext(LocalDate today, ReviewThresholds thresholds, Boolean governmentProcurement,
                            BuyerKind buyer, Boolean supplierSme) {

    public ReviewContext {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Default thresholds; everything else read from the contract. */
    public static ReviewContext on(LocalDate today) {
        return new ReviewContext(today, ReviewThresholds.defaults(), null, null, null);
    }

    public ReviewContext withThresholds(ReviewThresholds newThresholds) {
        return new ReviewContext(today, newThresholds, governmentProcurement, buyer, supplierSme);
    }

    public ReviewContext withGovernmentProcurement(boolean procurement) {
        return new ReviewContext(today, thresholds, procurement, buyer, supplierSme);
    }

    public ReviewContext withBuyer(BuyerKind kind) {
        return new ReviewContext(today, thresholds, governmentProcurement, kind, supplierSme);
    }

    public ReviewContext withSupplierSme(boolean sme) {
        return new ReviewContext(today, thresholds, governmentProcurement, buyer, sme);
    }
}
