package org.assay.results.entity;

import java.io.Serializable;
import java.util.Objects;

/** The composite key of a result's scored rows: the analysis result and the row's number in it. */
public class ResultRowKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String resultId;
    private long position;

    public ResultRowKey() {
    }

    public ResultRowKey(String resultId, long position) {
        this.resultId = resultId;
        this.position = position;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResultRowKey other && position == other.position
                && Objects.equals(resultId, other.resultId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resultId, position);
    }
}
