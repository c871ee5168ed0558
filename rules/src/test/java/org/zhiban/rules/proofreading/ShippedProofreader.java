package org.zhiban.rules.proofreading;

/** One proofreader from the shipped resources for all test classes: loading counts the corpus, about a second. */
final class ShippedProofreader {

    private static final Proofreader INSTANCE = Proofreader.load();

    private ShippedProofreader() {
    }

    static Proofreader get() {
        return INSTANCE;
    }
}
