package io.github.imagekitspring.files;

import org.jspecify.annotations.Nullable;

/**
 * A tag added by an AI auto-tagging extension.
 *
 * @param name the tag
 * @param confidence the extension's confidence, 0 to 100
 * @param source the extension that added it, such as {@code google-auto-tagging}
 */
public record AITag(String name, @Nullable Double confidence, @Nullable String source) {
}
