/**
 * The seeded catalogue as data: the records of {@code catalogue.json} (libraries, analysis types, analysis source
 * types), the check that the file is consistent, its storage form and the upsert that brings the database in line
 * with it. Plain Java over an {@code EntityManager}; transactions belong to the boundary.
 */
package org.assay.catalogue.control;
