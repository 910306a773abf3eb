/**
 * The HTTP-free parts of uploading: the request with its exact wire encoding
 * ({@link io.github.imagekitspring.upload.UploadRequest#wireFields()}), the file source, and client-side upload
 * authentication (v1 parameters and v2 JWT).
 */
@NullMarked
package io.github.imagekitspring.upload;

import org.jspecify.annotations.NullMarked;
