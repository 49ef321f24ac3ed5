package vn.sgddt.kehoach.exchange.signing;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS signature a PAdES baseline signature carries: detached SignedData over the signed byte ranges, SHA-256,
 * with the signing-certificate-v2 attribute that binds the signer's certificate, and without the signing-time
 * attribute (PAdES takes the time from the signature dictionary's /M instead).
 */
final class PadesCms {

    private PadesCms() {
    }

    static byte[] sign(byte[] signedBytes, KeyMaterial key) {
        X509Certificate certificate = key.certificate();
        try {
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm(key))
                    .build(key.privateKey());
            Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(essCertId(certificate))));
            DefaultSignedAttributeTableGenerator standard =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate));
            CMSAttributeTableGenerator signedAttributes =
                    parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(signer, certificate);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(signedBytes), false).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new SigningException("the CMS signature cannot be made with the key of " + key.signerName(), e);
        }
    }

    private static ESSCertIDv2 essCertId(X509Certificate certificate) {
        // SHA-256 is ESSCertIDv2's default hash, so the algorithm is left out of the encoding
        byte[] hash = Certificates.digest("SHA-256", Certificates.encoded(certificate));
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        return new ESSCertIDv2(hash,
                new IssuerSerial(new GeneralNames(new GeneralName(issuer)), certificate.getSerialNumber()));
    }

    private static String signatureAlgorithm(KeyMaterial key) {
        return switch (key.privateKey().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new SigningException("keys of type " + key.privateKey().getAlgorithm()
                    + " are not supported: use RSA or EC");
        };
    }
}
