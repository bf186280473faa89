// description: who chairs or co-chairs which commission, and for which side
var c = function() { return g.V("<dg:CoChair>").Tag("class").In("<rdf:type>").Tag("cochair") }
c().In("<dg:chairing>").Tag("person").Save("<dg:name>", "person_name").All()
c().Out("<dg:commission>").Save("<dg:name>", "commission").All()
c().Out("<dg:side>").Save("<dg:name>", "country").All()
c().Out("<dg:evidence>").Save("<dg:text>", "evidence").Out("<dg:in-document>").Save("<dg:file>", "evidence_doc").All()
