package io.github.imagekitspring.files;

/**
 * The id and name of a file version.
 *
 * @param id the version id
 * @param name the version name
 */
public record VersionInfo(String id, String name) {
}
