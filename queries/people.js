// description: people in the graph with the names they go by and the country they act for
var p = function() { return g.V("<dg:Person>").Tag("class").In("<rdf:type>").Tag("person") }
p().Save("<dg:name>", "name").All()
p().Save("<dg:alias>", "alias").All()
p().Out("<dg:holds>").Save("<dg:role>", "role").Out("<dg:of>").Save("<dg:name>", "country").All()
