/**
 * The client's HTTP core: the table of operations and the one exchange that talks to {@code WebClient}. Public so
 * the API groups can use it; not meant for applications.
 */
@NullMarked
package io.github.imagekitspring.internal.http;

import org.jspecify.annotations.NullMarked;
