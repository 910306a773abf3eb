package io.github.imagekitspring.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;

/**
 * A PKCS#12 keystore with a self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made by the JDK's
 * {@code keytool}, for HTTPS test servers.
 */
public record SelfSignedKeystore(Path path, String password) {

	public static SelfSignedKeystore create(Path directory) throws IOException, InterruptedException {
		Path path = directory.resolve("server.p12");
		String password = "changeit";
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "RSA",
				"-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext",
				"SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", path.toString(), "-storepass",
				password, "-keypass", password)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("keytool failed: " + output);
		}
		return new SelfSignedKeystore(path, password);
	}

	public X509Certificate certificate() throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(this.path)) {
			store.load(in, this.password.toCharArray());
		}
		return (X509Certificate) store.getCertificate("server");
	}

}
