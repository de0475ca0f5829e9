// Validates DATA (Turtle) against the union of SHAPES... (Turtle) with rdf-validate-shacl and prints one JSON
// line per result: {"severity", "focusNode", "path", "value", "sourceShape", "component", "message"}; then
// one summary line {"results": n}. Used by CatalogueDcatApIT to check the catalogue with the official
// DCAT-AP shapes on an engine that is not Jena.
import rdf from '@zazuko/env-node'
import SHACLValidator from 'rdf-validate-shacl'

const [dataFile, ...shapesFiles] = process.argv.slice(2)
const shapes = rdf.dataset()
for (const file of shapesFiles) {
  await shapes.import(rdf.fromFile(file))
}
const data = await rdf.dataset().import(rdf.fromFile(dataFile))
const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data)
const term = t => (t ? t.value : null)
for (const r of report.results) {
  console.log(JSON.stringify({
    severity: term(r.severity).replace('http://www.w3.org/ns/shacl#', ''),
    focusNode: term(r.focusNode),
    path: term(r.path),
    value: term(r.value),
    sourceShape: term(r.sourceShape),
    component: term(r.sourceConstraintComponent),
    message: r.message.map(m => m.value).join(' | ')
  }))
}
console.log(JSON.stringify({ results: report.results.length, triples: data.size }))
