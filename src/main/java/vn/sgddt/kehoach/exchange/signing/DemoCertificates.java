package vn.sgddt.kehoach.exchange.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the demo certificates: a self-signed authority and, under it, the certificates of officials and of the
 * agency. RSA 2048 with SHA-256, which every PDF reader verifies.
 */
final class DemoCertificates {

    static final String CA_NAME = "Demo CA - So Giao duc va Dao tao (KHONG DUNG THAT)";

    private static final Duration BACKDATE = Duration.ofDays(1); // tolerates clocks a little behind ours
    private static final Duration CA_VALIDITY = Duration.ofDays(20 * 365);
    private static final Duration HOLDER_VALIDITY = Duration.ofDays(5 * 365);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DemoCertificates(Clock clock) {
        this.clock = clock;
    }

    KeyMaterial newAuthority() {
        KeyPair pair = newKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, CA_NAME).addRDN(BCStyle.C, "VN")
                .build();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = builder(name, name, pair, CA_VALIDITY)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(pair.getPublic()));
            return new KeyMaterial(pair.getPrivate(), List.of(sign(builder, pair.getPrivate())));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new SigningException("the demo certificate authority cannot be created", e);
        }
    }

    /** A key pair and a certificate for a person (CN = full name, O = agency) or, with no organisation, an agency. */
    KeyMaterial newHolder(KeyMaterial authority, String commonName, String organisation) {
        KeyPair pair = newKeyPair();
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName);
        if (organisation != null && !organisation.isBlank()) {
            subject.addRDN(BCStyle.O, organisation);
        }
        subject.addRDN(BCStyle.C, "VN");
        X509Certificate ca = authority.certificate();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = builder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                    subject.build(), pair, HOLDER_VALIDITY)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
            X509Certificate certificate = sign(builder, authority.privateKey());
            return new KeyMaterial(pair.getPrivate(), List.of(certificate, ca));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new SigningException("a demo certificate for " + commonName + " cannot be created", e);
        }
    }

    private X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair pair, Duration validity) {
        Instant now = clock.instant();
        BigInteger serial = new BigInteger(64, random).setBit(63);
        return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(now.minus(BACKDATE)),
                Date.from(now.plus(validity)), subject, pair.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is missing from this Java runtime", e);
        }
    }
}
