package analyzer

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
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
