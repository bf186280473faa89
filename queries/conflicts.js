// description: conflicting figures: claims by different speakers about the same metric and period whose values differ
// The comparison (same metric and period, values more than 1% apart) is
// done in Go over these claim rows so it does not depend on stored links.
var c = function() { return g.V("<dg:Claim>").Tag("class").In("<rdf:type>").Tag("claim") }
c().Save("<dg:metric>", "metric").All()
c().Save("<dg:value>", "value").All()
c().Save("<dg:unit>", "unit").All()
c().Save("<dg:period>", "period").All()
c().Save("<dg:change-pct>", "change_pct").All()
c().In("<dg:claimed>").Tag("person").Save("<dg:name>", "speaker").All()
c().In("<dg:reports>").Save("<dg:file>", "doc").All()
c().Out("<dg:evidence>").Save("<dg:text>", "evidence").Out("<dg:in-document>").Save("<dg:file>", "evidence_doc").All()
