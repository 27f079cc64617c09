package analyzer

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/phpleak/phpleak/ir"
)

// TestSymfonyServicesXML checks that the XML service format gives the
// facts the YAML one gives.
func TestSymfonyServicesXML(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, "config", "services.xml")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	xml := `<?xml version="1.0" encoding="UTF-8" ?>
<container xmlns="http://symfony.com/schema/dic/services">
    <services>
        <defaults autowire="true"/>
        <prototype namespace="App\" resource="../src/" exclude="../src/{Entity,Kernel.php}"/>
        <service id="app.mailer" class="App\Mail\Mailer" shared="false"/>
        <service id="App\Cache\Prices">
            <tag name="kernel.reset" method="clear"/>
        </service>
        <service id="App\Listener\Audit">
            <tag name="kernel.event_listener" event="kernel.response"/>
        </service>
        <service id="App\Handler\SendMail">
            <tag>messenger.message_handler</tag>
        </service>
    </services>
</container>
`
	if err := os.WriteFile(path, []byte(xml), 0o644); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	var excludes []string
	for _, d := range symfonyServicesXML(root, path) {
		got[d.Target] = d.Phase
		if d.Target == `App\` {
			excludes = d.Excludes
		}
	}
	want := map[string]string{
		`App\`:                                 "process",
		`App\Cache\Prices`:                     "process",
		`App\Cache\Prices::clear`:              "request",
		`App\Listener\Audit`:                   "process",
		`App\Listener\Audit::onKernelResponse`: "request",
		`App\Handler\SendMail`:                 "process",
		`App\Handler\SendMail::__invoke`:       "request",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("declarations:\n got %v\nwant %v", got, want)
	}
	if !reflect.DeepEqual(excludes, []string{`App\Entity`, `App\Kernel`}) {
		t.Errorf("excludes = %q", excludes)
	}
	if symfonyServicesXML(root, filepath.Join(root, "missing.xml")) != nil {
		t.Error("a missing file gives facts")
	}
	if err := os.WriteFile(path, []byte("<container><services><service"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := symfonyServicesXML(root, path); got != nil {
		t.Errorf("a broken file gives %v", got)
	}
}

// TestSymfonyServiceLocatorsYAML checks that the services a locator hands
// out are read from a ServiceLocator's definition and from a
// !service_locator argument, through service ids to their classes.
func TestSymfonyServiceLocatorsYAML(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, "config", "services.yaml")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	yml := `services:
    App\Profiling\Timers: ~
    app.mailer:
        class: App\Mail\Mailer
    app.locator:
        class: Symfony\Component\DependencyInjection\ServiceLocator
        arguments:
            - { timers: '@App\Profiling\Timers', mailer: '@app.mailer' }
        tags: ['container.service_locator']
    App\Handler\Reindex:
        arguments: [!service_locator { clock: '@?App\Time\Clock' }, 'plain']
    App\Handler\Other:
        arguments: ['@app.locator', { timers: '@App\Profiling\Timers' }]
`
	if err := os.WriteFile(path, []byte(yml), 0o644); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range symfonyServices(root, path) {
		if d.Phase == "locator" {
			got[d.ID] = d.Target
		}
	}
	want := map[string]string{"timers": `App\Profiling\Timers`, "mailer": `App\Mail\Mailer`, "clock": `App\Time\Clock`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("locator services:\n got %v\nwant %v", got, want)
	}
}

// TestManifestsOutsideRoot checks that the manifests above an analysed
// file are read up to the analysed folder when that folder lies outside
// the root (phpleak run from elsewhere on an absolute path), as they are
// when it runs from inside: the root decides how paths are shown, not
// which facts are read. Before, only the file's own folder was searched.
func TestManifestsOutsideRoot(t *testing.T) {
	wiki := t.TempDir()
	ext := filepath.Join(wiki, "extensions", "Foo")
	src := filepath.Join(ext, "includes")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	manifest := `{"Hooks": {"BeforePageDisplay": "FooHooks::onBeforePageDisplay"}, "ExtensionFunctions": ["FooHooks::setup"]}`
	if err := os.WriteFile(filepath.Join(ext, "extension.json"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	file := &ir.File{Abs: filepath.Join(src, "FooHooks.php")}
	phases := func(root string, paths []string) map[string]string {
		got := map[string]string{}
		for _, d := range readManifests(root, paths, []*ir.File{file}) {
			got[d.Target] = d.Phase
		}
		return got
	}
	want := map[string]string{"FooHooks::onBeforePageDisplay": "request", "FooHooks::setup": "boot"}
	elsewhere := t.TempDir()
	for _, c := range []struct {
		name, root string
		paths      []string
	}{
		{"root is the wiki", wiki, []string{wiki}},
		{"root elsewhere, wiki analysed", elsewhere, []string{wiki}},
		{"root elsewhere, extension analysed", elsewhere, []string{ext}},
	} {
		if got := phases(c.root, c.paths); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: declarations %v, want %v", c.name, got, want)
		}
	}
	// a manifest above the analysed folder outside the root stays unread,
	// as one above the root does
	if got := phases(elsewhere, []string{src}); len(got) != 0 {
		t.Errorf("analysing %s alone read %v, want nothing above it", src, got)
	}
}
