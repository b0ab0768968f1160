/**
 * The data tables of analysis results over JDBC: their shapes ({@code TableSchemas}: columns, types, capability
 * flags), the MQL filter and the page request turned into SQL ({@code RowFilter}, {@code RowQuery},
 * {@code RowReader}), and the bulk writing of scored rows ({@code ResultWriter}).
 */
package org.assay.results.control;
