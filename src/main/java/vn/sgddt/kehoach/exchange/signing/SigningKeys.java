package vn.sgddt.kehoach.exchange.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The keys of the officials who sign and of the agency whose seal follows, each in a PKCS#12 file
 * ({@code <username>.p12}, {@code agency.p12}; alias {@code signer}) in the configured folder.
 *
 * <p>In demo mode a missing file is created, with a certificate issued by a demo authority ({@code demo-ca.p12}),
 * itself created at first use. Creation happens under a lock that also holds between processes, and each file is
 * written beside its final name and moved there in one step, so a reader sees either no file or a whole one.
 */
@Component
@EnableConfigurationProperties(SigningProperties.class)
public class SigningKeys {

    static final String ALIAS = "signer";
    static final String AGENCY = "agency";
    static final String DEMO_CA = "demo-ca";

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    // one per process: a file lock held by one instance makes another instance's lock attempt fail, not wait
    private static final ReentrantLock CREATION = new ReentrantLock();
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");

    private final SigningProperties properties;
    private final Path directory;
    private final char[] password;
    private final DemoCertificates demo;
    private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

    SigningKeys(SigningProperties properties, Clock clock) {
        this.properties = properties;
        this.directory = properties.directory();
        this.password = properties.keystorePassword().toCharArray();
        this.demo = new DemoCertificates(clock);
    }

    /**
     * The key of an official who signs (người ký). In demo mode a missing key is created with a certificate whose
     * CN is {@code fullName} and O is {@code agencyName}.
     */
    public KeyMaterial forSigner(String username, String fullName, String agencyName) {
        if (username == null || !USERNAME.matcher(username).matches()
                || username.equalsIgnoreCase(AGENCY) || username.equalsIgnoreCase(DEMO_CA)) {
            throw new IllegalArgumentException("not a username a key file can be named after: " + username);
        }
        return obtain(username, fullName, agencyName);
    }

    /** The key of the agency's seal (dấu của cơ quan). In demo mode a missing key is created, CN = agency name. */
    public KeyMaterial forAgency(String agencyName) {
        return obtain(AGENCY, agencyName, null);
    }

    /**
     * Certificates of the authorities trusted when verifying: those configured in {@code kehoach.signing.trust-anchors}
     * and, in demo mode, the demo authority once it exists.
     */
    public List<X509Certificate> trustAnchors() {
        List<X509Certificate> anchors = new ArrayList<>();
        for (String file : properties.trustAnchors()) {
            anchors.addAll(readCertificates(Path.of(file)));
        }
        if (properties.demoKeys()) {
            KeyMaterial ca = loadIfPresent(file(DEMO_CA));
            if (ca != null) {
                anchors.add(ca.certificate());
            }
        }
        return Collections.unmodifiableList(anchors);
    }

    public boolean demoMode() {
        return properties.demoKeys();
    }

    private KeyMaterial obtain(String name, String commonName, String organisation) {
        Path file = file(name);
        KeyMaterial existing = loadIfPresent(file);
        if (existing != null) {
            return existing;
        }
        if (!properties.demoKeys()) {
            throw new SigningException("no signing key for \"" + name + "\": expected a PKCS#12 file at " + file
                    + " with the alias \"" + ALIAS + "\"");
        }
        if (commonName == null || commonName.isBlank()) {
            throw new IllegalArgumentException("a name is needed to issue a certificate for \"" + name + "\"");
        }
        return underCreationLock(() -> {
            KeyMaterial madeMeanwhile = loadIfPresent(file);
            if (madeMeanwhile != null) {
                return madeMeanwhile;
            }
            KeyMaterial created = demo.newHolder(authority(), nfc(commonName), nfc(organisation));
            store(file, created);
            log.warn("Created a DEMO signing key {} for \"{}\", issued by the demo authority: not for real use",
                    file, created.signerName());
            return created;
        });
    }

    /** Called under the creation lock. */
    private KeyMaterial authority() throws IOException, GeneralSecurityException {
        Path file = file(DEMO_CA);
        KeyMaterial ca = loadIfPresent(file);
        if (ca == null) {
            ca = demo.newAuthority();
            store(file, ca);
            log.warn("Created the DEMO certificate authority {}: its certificates are not for real use", file);
        }
        return ca;
    }

    private Path file(String name) {
        return directory.resolve(name + ".p12");
    }

    private KeyMaterial loadIfPresent(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new SigningException("cannot read " + file, e);
        }
        Loaded cached = loaded.get(file);
        if (cached != null && cached.modified().equals(attributes.lastModifiedTime())
                && cached.size() == attributes.size()) {
            return cached.key();
        }
        KeyMaterial key = read(file);
        loaded.put(file, new Loaded(attributes.lastModifiedTime(), attributes.size(), key));
        return key;
    }

    private KeyMaterial read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = store.isKeyEntry(ALIAS) ? ALIAS : onlyKeyAlias(store, file);
            Key key = store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                throw new SigningException(file + " holds no private key with its certificate");
            }
            return new KeyMaterial(privateKey, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningException("cannot open " + file + ": wrong keystore password or a damaged file", e);
        }
    }

    // a .p12 exported from another tool names its entry as it likes; one key entry is unambiguous
    private static String onlyKeyAlias(KeyStore store, Path file) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        if (keys.size() != 1) {
            throw new SigningException(file + " has no entry \"" + ALIAS + "\" and " + keys.size() + " other keys");
        }
        return keys.get(0);
    }

    private void store(Path file, KeyMaterial key) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key.privateKey(), password, key.chain().toArray(new Certificate[0]));
        String prefix = file.getFileName().toString() + "-";
        Path temp = ownerOnly() ? Files.createTempFile(directory, prefix, ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, prefix, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                store.store(out, password);
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private <T> T underCreationLock(Creation<T> action) {
        CREATION.lock();
        try {
            Files.createDirectories(directory);
            // the in-process lock keeps threads apart; the file lock keeps apart two applications on one folder
            try (FileChannel channel = FileChannel.open(directory.resolve(".keys.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                return action.run();
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningException("cannot create a demo key in " + directory, e);
        } finally {
            CREATION.unlock();
        }
    }

    private static List<X509Certificate> readCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .stream().map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                throw new SigningException("no certificate in the trust anchor file " + file);
            }
            return certificates;
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningException("cannot read the trust anchor file " + file, e);
        }
    }

    private static boolean ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private record Loaded(FileTime modified, long size, KeyMaterial key) {
    }

    @FunctionalInterface
    private interface Creation<T> {
        T run() throws IOException, GeneralSecurityException;
    }
}
