package org.assay.results.control;

import java.util.List;

/** What a data-table column can be filtered or sorted by; each maps to a capability flag of the column read. */
public enum Search {
    /** {@code $eq $ne $in $nin}. */
    EQUALITY("equalitySearch", List.of("$eq", "$ne", "$in", "$nin")),
    /** {@code $gt $gte $lt $lte $between $nbetween}. */
    RANGE("rangeSearch", List.of("$gt", "$gte", "$lt", "$lte", "$between", "$nbetween")),
    /** {@code sort}. */
    SORT("sortable", List.of()),
    /** {@code $contains $ncontains} on list columns. */
    CONTAINS("containsSearch", List.of("$contains", "$ncontains")),
    /** Top-level {@code $keyword_prefix $keyword_prefix_not}. */
    KEYWORD("keywordSearch", List.of()),
    /** {@code $isubstr}. */
    SUBSTRING("caseInsensitiveSubstringSearch", List.of("$isubstr")),
    /** {@code $iprefix $niprefix}. */
    PREFIX("caseInsensitivePrefixSearch", List.of("$iprefix", "$niprefix"));

    private final String flag;
    private final List<String> operators;

    Search(String flag, List<String> operators) {
        this.flag = flag;
        this.operators = operators;
    }

    /** The flag's name in {@code ApiDataTableColumnRead}. */
    public String flag() {
        return flag;
    }

    public List<String> operators() {
        return operators;
    }
}
