// Validate .glb files with the Khronos glTF-Validator (npm gltf-validator); prints one JSON line per file.
const path = require("path");
const fs = require("fs");
const validator = require(path.join(process.argv[2], "gltf-validator"));
(async () => {
  for (const file of process.argv.slice(3)) {
    const report = await validator.validateBytes(new Uint8Array(fs.readFileSync(file)), { maxIssues: 100 });
    const errors = report.issues.messages.filter((m) => m.severity === 0);
    console.log(JSON.stringify({ file: file, errors: report.issues.numErrors, warnings: report.issues.numWarnings,
      messages: errors.slice(0, 5), unsupported: report.issues.messages.filter((m) => m.code === "UNSUPPORTED_EXTENSION").length }));
  }
})();
