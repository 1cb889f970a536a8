package org.newsmark.io.xmi;

/**
 * A hand-written type system and XMI as INCEpTION writes them: DKPro Core's DocumentMetaData,
 * Sentence and Token and POS, a custom span layer {@code webanno.custom.Claim} (features value,
 * confidence), a relation layer {@code webanno.custom.ClaimRelation} over it (Governor, Dependent,
 * relation), a document metadata layer {@code webanno.custom.Review}. Offsets are UTF-16, after an emoji.
 */
final class InceptionStyle {

    static final String TEXT = "Prices 😀 rose 3 percent.\nThe office said so.";

    static final String TYPE_SYSTEM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier">
              <types>
                <typeDescription>
                  <name>de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData</name>
                  <supertypeName>uima.tcas.DocumentAnnotation</supertypeName>
                  <features>
                    <featureDescription><name>documentTitle</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
                    <featureDescription><name>documentId</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
                    <featureDescription><name>documentUri</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
                    <featureDescription><name>collectionId</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
                    <featureDescription><name>documentBaseUri</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
                    <featureDescription><name>isLastSegment</name><rangeTypeName>uima.cas.Boolean</rangeTypeName></featureDescription>
                  </features>
                </typeDescription>
                <typeDescription>
                  <name>de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence</name>
                  <supertypeName>uima.tcas.Annotation</supertypeName>
                </typeDescription>
                <typeDescription>
                  <name>de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token</name>
                  <supertypeName>uima.tcas.Annotation</supertypeName>
                </typeDescription>
                <typeDescription>
                  <name>de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS</name>
                  <supertypeName>uima.tcas.Annotation</supertypeName>
                  <features>
                    <featureDescription><name>PosValue</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
                  </features>
                </typeDescription>
                <typeDescription>
                  <name>webanno.custom.Claim</name>
                  <supertypeName>uima.tcas.Annotation</supertypeName>
                  <features>
                    <featureDescription><name>value</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
                    <featureDescription><name>confidence</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
                  </features>
                </typeDescription>
                <typeDescription>
                  <name>webanno.custom.ClaimRelation</name>
                  <supertypeName>uima.tcas.Annotation</supertypeName>
                  <features>
                    <featureDescription><name>Governor</name><rangeTypeName>webanno.custom.Claim</rangeTypeName></featureDescription>
                    <featureDescription><name>Dependent</name><rangeTypeName>webanno.custom.Claim</rangeTypeName></featureDescription>
                    <featureDescription><name>relation</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
                  </features>
                </typeDescription>
                <typeDescription>
                  <name>webanno.custom.Review</name>
                  <supertypeName>uima.cas.AnnotationBase</supertypeName>
                  <features>
                    <featureDescription><name>verdict</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>
                  </features>
                </typeDescription>
              </types>
            </typeSystemDescription>
            """;

    private InceptionStyle() {
    }

    static int begin(String quote) {
        return TEXT.indexOf(quote);
    }

    static int end(String quote) {
        return TEXT.indexOf(quote) + quote.length();
    }

    /** The user's XMI: two claims, a relation between them, a POS tag, a review; or, for INITIAL_CAS, one pre-annotated claim. */
    static String xmi(boolean annotated) {
        String sofa = TEXT.replace("\n", "&#10;");
        String annotations = annotated ? """
                <custom:Claim xmi:id="20" sofa="1" begin="%d" end="%d" value="statistic" confidence="high"/>
                <custom:Claim xmi:id="21" sofa="1" begin="%d" end="%d"/>
                <custom:ClaimRelation xmi:id="22" sofa="1" begin="%d" end="%d" Governor="21" Dependent="20" relation="supports"/>
                <pos:POS xmi:id="23" sofa="1" begin="0" end="6" PosValue="NNS"/>
                <custom:Review xmi:id="24" sofa="1" verdict="fine"/>
                """.formatted(begin("3 percent"), end("3 percent"), begin("The office said so"), end("The office said so"),
                begin("3 percent"), end("3 percent"))
                : """
                <custom:Claim xmi:id="20" sofa="1" begin="0" end="6" value="pre-annotated"/>
                """;
        String members = annotated ? "2 3 4 20 21 22 23 24" : "2 3 4 20";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore"
                    xmlns:type="http:///de/tudarmstadt/ukp/dkpro/core/api/metadata/type.ecore"
                    xmlns:type2="http:///de/tudarmstadt/ukp/dkpro/core/api/segmentation/type.ecore"
                    xmlns:pos="http:///de/tudarmstadt/ukp/dkpro/core/api/lexmorph/type/pos.ecore"
                    xmlns:custom="http:///webanno/custom.ecore" xmi:version="2.0">
                <cas:NULL xmi:id="0"/>
                <type:DocumentMetaData xmi:id="2" sofa="1" begin="0" end="%d" language="en" documentTitle="report.txt" documentId="report.txt" isLastSegment="false"/>
                <type2:Sentence xmi:id="3" sofa="1" begin="0" end="%d"/>
                <type2:Token xmi:id="4" sofa="1" begin="0" end="6"/>
                %s
                <cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" sofaString="%s"/>
                <cas:View sofa="1" members="%s"/>
                </xmi:XMI>
                """.formatted(TEXT.length(), TEXT.indexOf('\n'), annotations, sofa, members);
    }
}
