/**
 * Analysis runs: starting one with its result, tables and job ({@code AnalysisRuns}), the job that reads the
 * ingested ledger, scores it and writes the result ({@code AnalysisRunJob}), its committed steps ({@code RunSteps})
 * and the server-wide scoring parameters ({@code ScoringConfiguration}).
 */
package org.assay.scoring.boundary;
