package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestModelCommand: 'phpleak model' prints what runs per request, at boot
// and once, and which classes live for the process, each with the
// declaration that decided it; the config's boot: and lifetimes: correct
// it.
func TestModelCommand(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFile(t, "src/EventSubscriber/LocaleSubscriber.php", `<?php
namespace App\EventSubscriber;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;

final class LocaleSubscriber implements EventSubscriberInterface
{
    public static function getSubscribedEvents(): array
    {
        return ['kernel.request' => [['onKernelRequest', 20]], 'kernel.response' => 'onKernelResponse'];
    }

    public function onKernelRequest(object $event): void {}
    public function onKernelResponse(object $event): void {}
    public function warm(): void {}
}
`)
	writeFile(t, "src/Command/ImportCommand.php", `<?php
namespace App\Command;

use Symfony\Component\Console\Command\Command;

final class ImportCommand extends Command
{
    protected function execute($input, $output): int { return 0; }
}
`)
	writeFile(t, "src/Plugins.php", `<?php
namespace App;

final class Plugins
{
    public function load(): void {}
}
`)
	writeFile(t, "phpleak.yaml", "paths: [src]\nboot: ['App\\Plugins::load']\nlifetimes:\n  App\\Plugins: process\n")

	code, out, stderr := phpleak("model")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"Runs per request, message, job or connection:",
		"is subscribed to 'kernel.request' in LocaleSubscriber::getSubscribedEvents(), run per event",
		"is subscribed to 'kernel.response' in LocaleSubscriber::getSubscribedEvents(), run per event",
		"Runs once at boot:",
		`App\Plugins::load()`,
		"boot: App\\Plugins::load in the config",
		"Runs once and exits (commands, migrations):",
		`App\Command\ImportCommand::execute()`,
		"Lives for the whole process:",
		"LocaleSubscriber is an event subscriber: a shared service",
		"Plugins lives for the process (lifetimes: in the config)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("model output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "warm()") {
		t.Errorf("a method no subscription names is listed:\n%s", out)
	}

	code, out, _ = phpleak("model", "--format", "json")
	var m struct {
		Entries []struct{ Phase, Function, Why string }
		Classes []struct{ Class, Lifetime string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &m) != nil {
		t.Fatalf("json: exit %d\n%s", code, out)
	}
	phases := map[string]string{}
	for _, e := range m.Entries {
		phases[e.Function] = e.Phase
	}
	for fn, want := range map[string]string{
		`App\EventSubscriber\LocaleSubscriber::onKernelRequest()`: "per request",
		`App\Plugins::load()`:                  "boot",
		`App\Command\ImportCommand::execute()`: "one-shot",
	} {
		if phases[fn] != want {
			t.Errorf("%s: phase %q, want %q", fn, phases[fn], want)
		}
	}
	if code, _, stderr := phpleak("model", "--format", "sarif"); code != 2 || !strings.Contains(stderr, "want text or json") {
		t.Errorf("--format sarif: exit %d, %s", code, stderr)
	}
}

func TestModelHelp(t *testing.T) {
	code, out, _ := phpleak("model", "-h")
	if code != 0 || !strings.HasPrefix(out, "Usage: phpleak model") || !strings.Contains(out, "lifetimes:") {
		t.Errorf("model -h: exit %d\n%s", code, out)
	}
}
