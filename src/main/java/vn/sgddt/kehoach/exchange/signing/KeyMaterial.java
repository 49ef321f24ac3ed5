package vn.sgddt.kehoach.exchange.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key and its certificate chain, the signer's certificate first.
 *
 * @param privateKey the signing key
 * @param chain the signer's certificate followed by the certificates of its issuers
 */
public record KeyMaterial(PrivateKey privateKey, List<X509Certificate> chain) {

    public KeyMaterial {
        if (privateKey == null || chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("a key and at least its own certificate are needed");
        }
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The common name (CN) of the certificate: the person's full name, or the agency's name. */
    public String signerName() {
        return Certificates.commonName(certificate());
    }

    @Override
    public String toString() {
        // never the key itself
        return "KeyMaterial[" + certificate().getSubjectX500Principal() + "]";
    }
}
