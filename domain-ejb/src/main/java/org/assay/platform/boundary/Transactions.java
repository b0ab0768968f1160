package org.assay.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Short transactions for façade methods that must not hold one themselves: an upload streams for as long as the
 * client takes to send it, far longer than a database connection should stay enlisted. Such a method runs without
 * a transaction and does its reads and writes through here. A runtime exception rolls back and passes unwrapped.
 */
@ApplicationScoped
public class Transactions {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNew(Supplier<T> work) {
        return work.get();
    }
}
