// description: countries and unions in the graph with their aliases
var c = function() { return g.V("<dg:Country>").Tag("class").In("<rdf:type>").Tag("country") }
c().Save("<dg:name>", "name").All()
c().Save("<dg:alias>", "alias").All()
