// description: commitments: agreements signed, plans agreed, proposals and pledges, with parties, status and due date
var c = function() { return g.V("<dg:Commitment>").Tag("class").In("<rdf:type>").Tag("commitment") }
c().Save("<dg:text>", "text").All()
c().Save("<dg:status>", "status").All()
c().Save("<dg:due>", "due").All()
c().Out("<dg:party>").Save("<dg:name>", "party").All()
c().In("<dg:reports>").Save("<dg:file>", "doc").All()
c().Out("<dg:evidence>").Save("<dg:text>", "evidence").Out("<dg:in-document>").Save("<dg:file>", "evidence_doc").All()
