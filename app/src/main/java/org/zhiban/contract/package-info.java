/**
 * 合同审查 (feature {@code contract}): upload, parse, rule and AI review, 会审, report, history and dashboard — a case
 * type on the case framework, process {@code contract_review}, rules in {@code rules/contract}.
 */
package org.zhiban.contract;
