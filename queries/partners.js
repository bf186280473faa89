// description: partner countries: unordered pairs of countries described as partners or as cooperating
g.V("<dg:Country>").Tag("class").In("<rdf:type>").Tag("a").Save("<dg:name>", "a_name").Out("<dg:partner-of>").Tag("b").Save("<dg:name>", "b_name").All()
var p = function() { return g.V("<dg:Partnership>").Tag("class").In("<rdf:type>").Tag("partnership") }
p().Out("<dg:party>").Save("<dg:name>", "party").All()
p().Out("<dg:evidence>").Save("<dg:text>", "evidence").Out("<dg:in-document>").Save("<dg:file>", "evidence_doc").All()
