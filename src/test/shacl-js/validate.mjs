// Validates DATA (N-Triples) against SHAPES (Turtle) with rdf-validate-shacl and prints one JSON line:
// {"conforms": bool, "Violation": n, "Warning": n, "Info": n, "ms": validation time without parsing}.
import rdf from '@zazuko/env-node'
import SHACLValidator from 'rdf-validate-shacl'

const [dataFile, shapesFile] = process.argv.slice(2)
const shapes = await rdf.dataset().import(rdf.fromFile(shapesFile))
const data = await rdf.dataset().import(rdf.fromFile(dataFile))
const validator = new SHACLValidator(shapes, { factory: rdf })
const start = process.hrtime.bigint()
const report = await validator.validate(data)
const ms = Number(process.hrtime.bigint() - start) / 1e6
const counts = { Violation: 0, Warning: 0, Info: 0 }
for (const r of report.results) {
  const s = r.severity.value.replace('http://www.w3.org/ns/shacl#', '')
  counts[s] = (counts[s] || 0) + 1
}
console.log(JSON.stringify({ conforms: report.conforms, ...counts, ms, triples: data.size }))
