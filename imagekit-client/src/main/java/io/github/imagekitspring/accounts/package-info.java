/**
 * The account management API: usage, usage analytics, origins and URL endpoints.
 */
@NullMarked
package io.github.imagekitspring.accounts;

import org.jspecify.annotations.NullMarked;
