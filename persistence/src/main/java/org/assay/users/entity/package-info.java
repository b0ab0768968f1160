/**
 * Users, human or API Token Users, with their roles and recent sign-ins. Password and activation secrets exist
 * here only as hashes.
 */
package org.assay.users.entity;
