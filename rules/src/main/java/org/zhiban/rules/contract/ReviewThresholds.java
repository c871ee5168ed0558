package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 审查阈值 — every number a rule compares with, so an office can follow a newer text or its own policy without a
 * code change. Defaults are the statutory figures (article in brackets) or, where the law gives none, the
 * documented heuristic.
 *
 * @param smePaymentDays            机关、事业单位 pay an SME within this many days of delivery (条例 第九条: 30)
 * @param smeMaxPaymentDays         … and at most this many by agreement (第九条: 60)
 * @param largeBuyerPaymentDays     大型企业 pay within this many days (第九条第二款: 60)
 * @param performanceBondMaxPercent 履约保证金 ceiling, % of the contract amount (实施条例 第四十八条: 10)
 * @param depositMaxPercent         定金 ceiling, % of the principal contract amount (民法典 第五百八十六条: 20)
 * @param supplementMaxPercent      all supplementary purchases, % of the original amount (政府采购法 第四十九条: 10)
 * @param retentionMaxPercent       工程质量保证金 ceiling for works (建设工程质量保证金管理办法 第七条: 3)
 * @param signingDeadlineDays       days from the award notice to signing (政府采购法 第四十六条: 30)
 * @param bidBondRefundWorkingDays  working days from signing to refunding the 投标保证金 (实施条例 第三十三条: 5)
 * @param referenceDailyLossRate    the loss a day of delay is taken to cause, as a fraction of the sum concerned:
 *                                  the statutory late-payment rate 0.0005 (条例 第十七条), a heuristic proxy
 * @param penaltyExcessMargin       how far above the loss a 违约金 is "过分高于" (合同编通则解释 第六十五条: 0.30)
 * @param maxPenaltyPercent         a one-off 违约金 or a ceiling above this % of the price is flagged (heuristic: 30)
 * @param oneYearLprPercent         1-year LPR at signing, the floor for agreed late-payment interest (条例 第十七条);
 *                                  3.0 is the rate published from 2025-05-20 — set the rate of the signing month
 */
public record ReviewThresholds(int smePaymentDays, int smeMaxPaymentDays, int largeBuyerPaymentDays,
                               BigDecimal performanceBondMaxPercent, BigDecimal depositMaxPercent,
                               BigDecimal supplementMaxPercent, BigDecimal retentionMaxPercent,
                               int signingDeadlineDays, int bidBondRefundWorkingDays,
                               BigDecimal referenceDailyLossRate, BigDecimal penaltyExcessMargin,
                               BigDecimal maxPenaltyPercent, BigDecimal oneYearLprPercent) {

    public ReviewThresholds {
        Objects.requireNonNull(performanceBondMaxPercent, "performanceBondMaxPercent");
        Objects.requireNonNull(depositMaxPercent, "depositMaxPercent");
        Objects.requireNonNull(supplementMaxPercent, "supplementMaxPercent");
        Objects.requireNonNull(retentionMaxPercent, "retentionMaxPercent");
        Objects.requireNonNull(referenceDailyLossRate, "referenceDailyLossRate");
        Objects.requireNonNull(penaltyExcessMargin, "penaltyExcessMargin");
        Objects.requireNonNull(maxPenaltyPercent, "maxPenaltyPercent");
        Objects.requireNonNull(oneYearLprPercent, "oneYearLprPercent");
        if (smePaymentDays < 1 || smeMaxPaymentDays < smePaymentDays || largeBuyerPaymentDays < 1
                || signingDeadlineDays < 1 || bidBondRefundWorkingDays < 1) {
            throw new IllegalArgumentException("day limits must be positive, and the SME maximum at least the default");
        }
    }

    public static ReviewThresholds defaults() {
        return new ReviewThresholds(30, 60, 60, BigDecimal.valueOf(10), BigDecimal.valueOf(20),
                BigDecimal.valueOf(10), BigDecimal.valueOf(3), 30, 5, new BigDecimal("0.0005"),
                new BigDecimal("0.30"), BigDecimal.valueOf(30), new BigDecimal("3.0"));
    }

    /** The daily 违约金 rate above which the penalty looks "过分高于" the loss: reference × (1 + margin). */
    public BigDecimal maxDailyPenaltyRate() {
        return referenceDailyLossRate.multiply(BigDecimal.ONE.add(penaltyExcessMargin));
    }

    public ReviewThresholds withSmePaymentDays(int days, int maxDays) {
        return new ReviewThresholds(days, maxDays, largeBuyerPaymentDays, performanceBondMaxPercent,
                depositMaxPercent, supplementMaxPercent, retentionMaxPercent, signingDeadlineDays,
                bidBondRefundWorkingDays, referenceDailyLossRate, penaltyExcessMargin, maxPenaltyPercent,
                oneYearLprPercent);
    }

    public ReviewThresholds withPerformanceBondMaxPercent(BigDecimal percent) {
        return new ReviewThresholds(smePaymentDays, smeMaxPaymentDays, largeBuyerPaymentDays, percent,
                depositMaxPercent, supplementMaxPercent, retentionMaxPercent, signingDeadlineDays,
                bidBondRefundWorkingDays, referenceDailyLossRate, penaltyExcessMargin, maxPenaltyPercent,
                oneYearLprPercent);
    }

    public ReviewThresholds withDepositMaxPercent(BigDecimal percent) {
        return new ReviewThresholds(smePaymentDays, smeMaxPaymentDays, largeBuyerPaymentDays,
                performanceBondMaxPercent, percent, supplementMaxPercent, retentionMaxPercent, signingDeadlineDays,
                bidBondRefundWorkingDays, referenceDailyLossRate, penaltyExcessMargin, maxPenaltyPercent,
                oneYearLprPercent);
    }

    public ReviewThresholds withOneYearLprPercent(BigDecimal percent) {
        return new ReviewThresholds(smePaymentDays, smeMaxPaymentDays, largeBuyerPaymentDays,
                performanceBondMaxPercent, depositMaxPercent, supplementMaxPercent, retentionMaxPercent,
                signingDeadlineDays, bidBondRefundWorkingDays, referenceDailyLossRate, penaltyExcessMargin,
                maxPenaltyPercent, percent);
    }
}
