package analyzer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Declaration is a fact a framework's manifest (not its PHP code) states
// about when a function runs: MediaWiki's extension.json names setup
// callbacks (run once) and hook handlers (run per request).
type Declaration struct {
	Target string // "Class::method" or "function"
	Phase  string // "boot" or "request"
	Why    string // the declaration, for messages
}

// manifestNames are the manifest files read beside the analyzed code.
var manifestNames = []string{"extension.json", "skin.json"}

// readManifests finds the manifests in the folders of the analyzed files
// and their parents up to root, and reads the declarations in them. A
// manifest that cannot be read or parsed is skipped: it only adds facts.
func readManifests(root string, files []*File) []Declaration {
	seen := map[string]bool{}
	var paths []string
	for _, f := range files {
		for dir := filepath.Dir(f.Abs); ; dir = filepath.Dir(dir) {
			if seen[dir] {
				break
			}
			seen[dir] = true
			for _, n := range manifestNames {
				p := filepath.Join(dir, n)
				if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() && info.Size() < 4<<20 {
					paths = append(paths, p)
				}
			}
			if rel, err := filepath.Rel(root, dir); err != nil || rel == "." || strings.HasPrefix(rel, "..") || filepath.Dir(dir) == dir {
				break
			}
		}
	}
	sort.Strings(paths)
	var out []Declaration
	for _, p := range paths {
		out = append(out, mediaWikiManifest(root, p)...)
	}
	return out
}

// mediaWikiManifest reads an extension.json or skin.json: ExtensionFunctions
// and callback run once, at setup; Hooks run per request (a handler is a
// static callable, or a HookHandlers entry whose class gets on<Hook>()).
func mediaWikiManifest(root, path string) []Declaration {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var m struct {
		ExtensionFunctions []string                   `json:"ExtensionFunctions"`
		Callback           string                     `json:"callback"`
		Hooks              map[string]json.RawMessage `json:"Hooks"`
		HookHandlers       map[string]struct {
			Class string `json:"class"`
		} `json:"HookHandlers"`
	}
	if json.Unmarshal(b, &m) != nil {
		return nil
	}
	name := path
	if rel, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(rel, "..") {
		name = filepath.ToSlash(rel)
	}
	var out []Declaration
	for _, fn := range m.ExtensionFunctions {
		out = append(out, Declaration{fn, "boot", fmt.Sprintf("is an ExtensionFunctions entry of %s: it runs once, when the wiki is set up", name)})
	}
	if m.Callback != "" {
		out = append(out, Declaration{m.Callback, "boot", fmt.Sprintf("is the registration callback of %s: it runs once, when the extension is loaded", name)})
	}
	hooks := make([]string, 0, len(m.Hooks))
	for h := range m.Hooks {
		hooks = append(hooks, h)
	}
	sort.Strings(hooks)
	for _, hook := range hooks {
		var handlers []string
		raw := m.Hooks[hook]
		var one string
		var many []string
		var obj struct {
			Handler string `json:"handler"`
		}
		switch {
		case json.Unmarshal(raw, &one) == nil:
			handlers = []string{one}
		case json.Unmarshal(raw, &many) == nil:
			handlers = many
		case json.Unmarshal(raw, &obj) == nil && obj.Handler != "":
			handlers = []string{obj.Handler}
		}
		for _, h := range handlers {
			target := h
			if hh, ok := m.HookHandlers[h]; ok && hh.Class != "" {
				target = hh.Class + "::on" + strings.ReplaceAll(hook, ":", "_")
			}
			if !strings.Contains(target, "::") && strings.Contains(target, `\`) && !strings.Contains(target, "(") {
				// a bare class name is not a callable MediaWiki runs
				continue
			}
			out = append(out, Declaration{target, "request", fmt.Sprintf("handles the %s hook (%s), run per request", hook, name)})
		}
	}
	return out
}
