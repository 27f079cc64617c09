// Package testtool holds what several packages' tests share: the rule for
// tools a test needs (skip locally, fail under CI, where .ci/run installs
// them) and the SARIF 2.1.0 schema check.
package testtool

import (
	"bytes"
	"os"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// SARIFSchemaPath is the SARIF schema seen from a package folder of this
// repository: the workplace keeps shared/ beside the repository, in CI
// too.
const SARIFSchemaPath = "../../shared/sarif/sarif-schema-2.1.0.json"

// InCI reports whether the tests run under CI.
func InCI() bool { return os.Getenv("CI") != "" }

// SkipOrFail skips a test whose tool or file is missing; under CI, where
// .ci/run provides them, it fails instead.
func SkipOrFail(t testing.TB, format string, args ...any) {
	t.Helper()
	if InCI() {
		t.Fatalf(format+" (CI is set, so this is an error)", args...)
	}
	t.Skipf(format, args...)
}

// SARIFSchema compiles the SARIF 2.1.0 schema at path, with format
// assertions on.
func SARIFSchema(t testing.TB, path string) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		SkipOrFail(t, "SARIF schema not found: %v", err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compile %s: %v", path, err)
	}
	return sch
}

// ValidateSARIF checks a SARIF log against a compiled schema.
func ValidateSARIF(sch *jsonschema.Schema, log []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}
