package vn.sgddt.kehoach.exchange.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Checks the signatures of a PDF on its own: the digest of each signed byte range against the one signed, the
 * signature against the certificate, how much of the file each signature covers, and whether the certificate
 * chains to a trusted authority. No revocation check and no timestamps: this says whether the document is what its
 * signers signed, not whether their certificates were revoked since.
 */
@Component
public class SignatureVerifier {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final SigningKeys keys;
    private final Clock clock;

    SignatureVerifier(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Reports each signature in the order they were added.
     *
     * @throws SigningException when the bytes are not a whole PDF (not a PDF, cut off, or unreadable)
     */
    public List<SignatureReport> verify(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("no PDF given");
        }
        requireWholePdf(pdf);
        List<X509Certificate> anchors = keys.trustAnchors();
        List<Found> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignatureField field : document.getSignatureFields()) {
                PDSignature signature = field.getSignature();
                if (signature != null) {
                    int[] range = signature.getByteRange();
                    long end = range != null && range.length == 4 ? (long) range[2] + range[3] : Long.MAX_VALUE;
                    found.add(new Found(end, check(pdf, field.getFullyQualifiedName(), signature, anchors)));
                }
            }
        } catch (IOException e) {
            throw new SigningException("not a readable PDF: " + e.getMessage(), e);
        }
        // form fields may be listed in any order; the order of signing is the order of the revisions they cover
        return found.stream().sorted(Comparator.comparingLong(Found::end)).map(Found::report).toList();
    }

    private SignatureReport check(byte[] pdf, String fieldName, PDSignature signature,
            List<X509Certificate> anchors) {
        List<String> problems = new ArrayList<>();
        Instant signingTime = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        String subFilter = signature.getSubFilter();
        int[] range = signature.getByteRange();
        if (!wellFormed(range, pdf)) {
            problems.add("the signed byte range is malformed or goes beyond the end of the file");
            return new SignatureReport(fieldName, signature.getName(), signingTime, subFilter, false, false, false,
                    false, null, problems);
        }
        int end = range[2] + range[3];
        boolean wholeRevision = endsRevision(pdf, end);
        boolean wholeDocument = onlyLineEnds(pdf, end);
        if (!wholeRevision) {
            problems.add("the signed bytes stop short of the end of a revision");
        }

        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, 0, signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);

        X509Certificate certificate = null;
        boolean valid = false;
        boolean trusted = false;
        try {
            CMSSignedData cms = parseCms(signature.getContents(), signed);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new CmsProblem("the CMS has " + signers.size() + " signers instead of one");
            }
            SignerInformation signer = signers.iterator().next();
            List<X509Certificate> certificates = certificates(cms);
            certificate = signerCertificate(cms, signer);
            // each check runs, so every problem is reported, not only the first
            valid = digestMatches(signer, signed, problems) & signatureMatches(signer, certificate, problems)
                    & signingCertificateMatches(signer, certificate, problems);
            trusted = chainsToAnchor(certificate, certificates, anchors, signingTime, problems);
        } catch (CmsProblem e) {
            problems.add(e.getMessage());
        }
        String signerName = certificate != null ? Certificates.commonName(certificate) : signature.getName();
        return new SignatureReport(fieldName, signerName, signingTime, subFilter, valid, wholeRevision,
                wholeDocument, trusted, certificate, problems);
    }

    /** The /Contents slot is padded with zeros after the DER structure, which a plain CMS parser rejects. */
    private static CMSSignedData parseCms(byte[] contents, byte[] signed) {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return new CMSSignedData(new CMSProcessableByteArray(signed), ContentInfo.getInstance(in.readObject()));
        } catch (IOException | CMSException | IllegalArgumentException | ClassCastException e) {
            throw new CmsProblem("the signature is not a readable CMS structure");
        }
    }

    private static boolean digestMatches(SignerInformation signer, byte[] signed, List<String> problems) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute messageDigest = attributes == null ? null : attributes.get(CMSAttributes.messageDigest);
        if (messageDigest == null) {
            problems.add("the CMS has no message digest attribute");
            return false;
        }
        byte[] expected = ASN1OctetString.getInstance(messageDigest.getAttrValues().getObjectAt(0)).getOctets();
        byte[] actual;
        try {
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build()
                    .get(signer.getDigestAlgorithmID());
            try (OutputStream out = digest.getOutputStream()) {
                out.write(signed);
            }
            actual = digest.getDigest();
        } catch (OperatorCreationException | IOException e) {
            problems.add("the digest algorithm " + signer.getDigestAlgOID() + " is not supported");
            return false;
        }
        if (!Arrays.equals(expected, actual)) {
            problems.add("the signed bytes were changed after signing (their digest differs from the signed one)");
            return false;
        }
        return true;
    }

    private static boolean signatureMatches(SignerInformation signer, X509Certificate certificate,
            List<String> problems) {
        try {
            if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return true;
            }
        } catch (OperatorCreationException | CMSException e) {
            // a digest mismatch or a key that does not fit lands here as well as a plain false
        }
        problems.add("the signature does not verify with the signer's certificate");
        return false;
    }

    /** PAdES binds the certificate into the signed attributes, so it cannot be swapped for another with the key. */
    private static boolean signingCertificateMatches(SignerInformation signer, X509Certificate certificate,
            List<String> problems) {
        Attribute attribute = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            problems.add("the CMS has no signing-certificate-v2 attribute, which PAdES requires");
            return true;
        }
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
        if (ids.length == 0) {
            problems.add("the signing-certificate-v2 attribute names no certificate");
            return false;
        }
        try {
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build()
                    .get(ids[0].getHashAlgorithm());
            try (OutputStream out = digest.getOutputStream()) {
                out.write(Certificates.encoded(certificate));
            }
            if (Arrays.equals(digest.getDigest(), ids[0].getCertHash())) {
                return true;
            }
        } catch (OperatorCreationException | IOException e) {
            // reported below
        }
        problems.add("the signing-certificate-v2 attribute names another certificate");
        return false;
    }

    private boolean chainsToAnchor(X509Certificate certificate, List<X509Certificate> certificates,
            List<X509Certificate> anchors, Instant signingTime, List<String> problems) {
        if (anchors.isEmpty()) {
            problems.add("no trusted authority is configured");
            return false;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            Set<TrustAnchor> trustAnchors = anchors.stream().map(a -> new TrustAnchor(a, null))
                    .collect(Collectors.toSet());
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(signingTime != null ? signingTime : clock.instant()));
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(certificates)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (CertPathBuilderException e) {
            problems.add("the certificate does not chain to a trusted authority");
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX path building is missing from this Java runtime", e);
        }
    }

    private static X509Certificate signerCertificate(CMSSignedData cms, SignerInformation signer) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            throw new CmsProblem("the CMS does not carry the signer's certificate");
        }
        return convert(matches.iterator().next());
    }

    private static List<X509Certificate> certificates(CMSSignedData cms) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
        return all.stream().map(SignatureVerifier::convert).toList();
    }

    private static X509Certificate convert(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw new CmsProblem("a certificate in the CMS cannot be read");
        }
    }

    /** Starts at 0, leaves out exactly the hex string of /Contents, and stays inside the file. */
    private static boolean wellFormed(int[] range, byte[] pdf) {
        if (range == null || range.length != 4 || range[0] != 0) {
            return false;
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        long end = (long) range[2] + range[3];
        return gapStart > 0 && gapEnd > gapStart + 1 && range[3] >= 0 && end <= pdf.length
                && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
    }

    private static boolean endsRevision(byte[] pdf, int end) {
        int i = end;
        while (i > 0 && end - i < 2 && (pdf[i - 1] == '\n' || pdf[i - 1] == '\r')) {
            i--;
        }
        return i >= EOF.length && Arrays.equals(pdf, i - EOF.length, i, EOF, 0, EOF.length);
    }

    private static boolean onlyLineEnds(byte[] pdf, int from) {
        for (int i = from; i < pdf.length; i++) {
            if (pdf[i] != '\n' && pdf[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static void requireWholePdf(byte[] pdf) {
        int headerWindow = Math.min(pdf.length, 1024);
        boolean header = false;
        for (int i = 0; i + HEADER.length <= headerWindow && !header; i++) {
            header = Arrays.equals(pdf, i, i + HEADER.length, HEADER, 0, HEADER.length);
        }
        if (!header) {
            throw new SigningException("not a PDF: no %PDF- header");
        }
        int i = pdf.length;
        while (i > 0 && (pdf[i - 1] == '\n' || pdf[i - 1] == '\r' || pdf[i - 1] == ' ' || pdf[i - 1] == 0)) {
            i--;
        }
        if (i < EOF.length || !Arrays.equals(pdf, i - EOF.length, i, EOF, 0, EOF.length)) {
            throw new SigningException("the PDF is incomplete: it does not end with %%EOF (cut off in transfer?)");
        }
    }

    private record Found(long end, SignatureReport report) {
    }

    /** A signature that cannot be checked at all; reported, not thrown to the caller. */
    private static final class CmsProblem extends RuntimeException {

        CmsProblem(String message) {
            super(message, null, false, false);
        }
    }
}
