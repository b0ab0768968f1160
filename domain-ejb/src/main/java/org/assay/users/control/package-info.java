/**
 * Password hashing and policy, one-time secrets, email checks: plain Java, unit-tested.
 */
package org.assay.users.control;
