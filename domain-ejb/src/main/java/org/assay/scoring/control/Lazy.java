package org.assay.scoring.control;

import java.util.function.Supplier;

/** A value computed once, on first use, by whichever scoring thread needs it first. */
final class Lazy<T> {

    private Supplier<T> supplier;
    private T value;

    Lazy(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    synchronized T get() {
        if (supplier != null) {
            value = supplier.get();
            supplier = null;
        }
        return value;
    }
}
