package io.github.imagekitspring;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * A proxy that the client reaches ImageKit through.
 *
 * @param type HTTP (a CONNECT tunnel) or SOCKS5
 * @param host the proxy's host
 * @param port the proxy's port
 * @param username the user name to authenticate with, or {@code null} for none
 * @param password the password to authenticate with, or {@code null} for none; never shown by {@link #toString()}
 * @param nonProxyHosts hosts reached directly, in the syntax of the JVM's {@code http.nonProxyHosts}: a host name,
 * or a pattern with {@code *} at its start or end, such as {@code *.internal.example.com}
 */
public record ImageKitProxy(Type type, String host, int port, @Nullable String username, @Nullable String password,
		List<String> nonProxyHosts) {

	/**
	 * Check the settings: a clear error before any request is sent.
	 * @throws IllegalArgumentException if the host is blank, the port is out of range or a password is given
	 * without a user name
	 */
	public ImageKitProxy {
		Arguments.requireNonNull(type, "proxy type");
		host = Arguments.requireText(host, "proxy host").strip();
		Arguments.requireInRange(port, 1, 65535, "proxy port");
		if (username != null) {
			Arguments.requireText(username, "proxy username");
		}
		if (password != null && username == null) {
			throw new IllegalArgumentException("proxy password is set without a proxy username");
		}
		nonProxyHosts = List.copyOf(Arguments.requireNonNull(nonProxyHosts, "nonProxyHosts"));
	}

	/**
	 * An HTTP proxy, without authentication.
	 * @param host the proxy's host
	 * @param port the proxy's port
	 * @return the proxy
	 */
	public static ImageKitProxy http(String host, int port) {
		return new ImageKitProxy(Type.HTTP, host, port, null, null, List.of());
	}

	/**
	 * A SOCKS5 proxy, without authentication.
	 * @param host the proxy's host
	 * @param port the proxy's port
	 * @return the proxy
	 */
	public static ImageKitProxy socks5(String host, int port) {
		return new ImageKitProxy(Type.SOCKS5, host, port, null, null, List.of());
	}

	/**
	 * This proxy with credentials.
	 * @param username the user name
	 * @param password the password
	 * @return a new proxy
	 */
	public ImageKitProxy withCredentials(String username, String password) {
		return new ImageKitProxy(this.type, this.host, this.port, Arguments.requireText(username, "proxy username"),
				Arguments.requireNonNull(password, "proxy password"), this.nonProxyHosts);
	}

	/**
	 * This proxy with hosts that are reached directly.
	 * @param nonProxyHosts host names or patterns with {@code *} at their start or end
	 * @return a new proxy
	 */
	public ImageKitProxy withNonProxyHosts(List<String> nonProxyHosts) {
		return new ImageKitProxy(this.type, this.host, this.port, this.username, this.password, nonProxyHosts);
	}

	@Override
	public String toString() {
		return "ImageKitProxy[type=" + this.type + ", host=" + this.host + ", port=" + this.port + ", username="
				+ this.username + ", password=" + ((this.password != null) ? "******" : "<unset>")
				+ ", nonProxyHosts=" + this.nonProxyHosts + "]";
	}

	/** The kind of proxy. */
	public enum Type {

		/** An HTTP proxy, reached with CONNECT. */
		HTTP,

		/** A SOCKS version 5 proxy. */
		SOCKS5

	}

}
