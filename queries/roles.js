// description: offices held: who is what (Prime Minister, Foreign Minister...) for which country
var o = function() { return g.V("<dg:Office>").Tag("class").In("<rdf:type>").Tag("office") }
o().Save("<dg:role>", "role").All()
o().Save("<dg:observed>", "observed").All()
o().Out("<dg:of>").Save("<dg:name>", "country").All()
o().In("<dg:holds>").Tag("person").Save("<dg:name>", "person_name").All()
o().Out("<dg:evidence>").Save("<dg:text>", "evidence").Out("<dg:in-document>").Save("<dg:file>", "evidence_doc").All()
