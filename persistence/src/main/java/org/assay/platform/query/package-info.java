/**
 * The MindBridge query language (MQL) translated into JPA Criteria, with Spring-style sorting and paging.
 * Filters are never turned into query text: every value is bound by the provider.
 */
package org.assay.platform.query;
