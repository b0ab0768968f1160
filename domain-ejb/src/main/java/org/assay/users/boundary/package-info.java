/**
 * The user directory façade, sign-in and activation, and the first App Admin of a fresh installation.
 */
package org.assay.users.boundary;
