/**
 * The permission vocabulary (container roles), the one role-to-permission mapping, and JWT signing keys. Plain
 * Java, unit-tested.
 */
package org.assay.access.control;
