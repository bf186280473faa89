// description: in-person meetings: city, country, date, participants, occasion and the documents that report them
// Flat rows keyed by "meeting"; Go groups them. Every path starts from the
// tagged class vertex so the KV planner does not scan every quad.
var m = function() { return g.V("<dg:Meeting>").Tag("class").In("<rdf:type>").Tag("meeting") }
m().Save("<dg:date>", "date").All()
m().Save("<dg:occasion>", "occasion").All()
m().Out("<dg:held-in>").Save("<dg:name>", "city").All()
m().Out("<dg:held-in>").Out("<dg:in-country>").Save("<dg:name>", "country").All()
m().Out("<dg:in-country>").Save("<dg:name>", "meeting_country").All()
m().In("<dg:attended>").Tag("person").Save("<dg:name>", "participant").All()
m().In("<dg:reports>").Save("<dg:file>", "doc").All()
m().Out("<dg:evidence>").Save("<dg:text>", "evidence").Out("<dg:in-document>").Save("<dg:file>", "evidence_doc").All()
