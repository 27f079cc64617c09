package analyzer

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/phpleak/phpleak/ir"
	"gopkg.in/yaml.v3"
)

// Declaration is a fact a framework's manifest (not its PHP code) states
// about when a function runs: MediaWiki's extension.json names setup
// callbacks (run once) and hook handlers (run per request).
type Declaration struct {
	Target string // "Class::method", "function", a class, or a namespace prefix ending in \
	// Phase is "boot" or "request" for code; "process" for a class or
	// namespace; "locator" for a class a service locator hands out under
	// ID (no phase: what a get('id') returns)
	Phase string
	Why   string // the declaration, for messages
	// Excludes are namespace prefixes a "process" namespace leaves out.
	Excludes []string
	ID       string
}

// manifestNames are the manifest files read beside the analyzed code:
// MediaWiki's extension and skin manifests, and Symfony's service
// definitions (found as config/services.yaml or config/services.xml from
// any ancestor folder).
var manifestNames = []string{"extension.json", "skin.json", filepath.Join("config", "services.yaml"), filepath.Join("config", "services.xml")}

// readManifests finds the manifests in the folders of the analyzed files
// and their parents up to root, or, for a file outside root, up to the
// analyzed folder (an argument in paths) that holds it: the same
// manifests are read wherever the command runs from. A manifest that
// cannot be read or parsed is skipped: it only adds facts.
func readManifests(root string, paths []string, files []*ir.File) []Declaration {
	var tops []string
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			if info, err := os.Stat(abs); err == nil && !info.IsDir() {
				abs = filepath.Dir(abs)
			}
			tops = append(tops, abs)
		}
	}
	top := func(file string) string {
		if within(root, file) {
			return root
		}
		best := ""
		for _, t := range tops {
			if within(t, file) && len(t) > len(best) {
				best = t
			}
		}
		return best
	}
	seen := map[string]bool{}
	var found []string
	for _, f := range files {
		stop := top(f.Abs)
		for dir := filepath.Dir(f.Abs); ; dir = filepath.Dir(dir) {
			if seen[dir] {
				break
			}
			seen[dir] = true
			for _, n := range manifestNames {
				p := filepath.Join(dir, n)
				if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() && info.Size() < 4<<20 {
					found = append(found, p)
				}
			}
			if dir == stop || stop == "" || !within(stop, dir) || filepath.Dir(dir) == dir {
				break
			}
		}
	}
	paths = found
	sort.Strings(paths)
	var out []Declaration
	for _, p := range paths {
		switch {
		case strings.HasSuffix(p, ".yaml"):
			out = append(out, symfonyServices(root, p)...)
		case strings.HasSuffix(p, ".xml"):
			out = append(out, symfonyServicesXML(root, p)...)
		default:
			out = append(out, mediaWikiManifest(root, p)...)
		}
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
		out = append(out, Declaration{Target: fn, Phase: "boot", Why: fmt.Sprintf("is an ExtensionFunctions entry of %s: it runs once, when the wiki is set up", name)})
	}
	if m.Callback != "" {
		out = append(out, Declaration{Target: m.Callback, Phase: "boot", Why: fmt.Sprintf("is the registration callback of %s: it runs once, when the extension is loaded", name)})
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
			out = append(out, Declaration{Target: target, Phase: "request", Why: fmt.Sprintf("handles the %s hook (%s), run per request", hook, name)})
		}
	}
	return out
}

// symfonyService is one service definition of a Symfony config file,
// in either format (YAML or XML).
type symfonyService struct {
	id, class string
	shared    *bool
	resource  string   // with an id ending in \: every class it loads
	exclude   []string // paths the resource leaves out
	tags      []symfonyTag
	// locator: the ids of a service locator among its arguments (a
	// ServiceLocator's map, a !service_locator), to the service each
	// names
	locator map[string]string
}

// symfonyTag is a tag of a service definition.
type symfonyTag struct {
	name, event, method string
}

// symfonyServices reads a Symfony config/services.yaml.
func symfonyServices(root, path string) []Declaration {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var doc struct {
		Services map[string]yaml.Node `yaml:"services"`
	}
	if yaml.Unmarshal(b, &doc) != nil {
		return nil
	}
	type tag struct {
		Name   string `yaml:"name"`
		Event  string `yaml:"event"`
		Method string `yaml:"method"`
	}
	type service struct {
		Class     string      `yaml:"class"`
		Shared    *bool       `yaml:"shared"`
		Resource  string      `yaml:"resource"`
		Exclude   yaml.Node   `yaml:"exclude"`
		Tags      []yaml.Node `yaml:"tags"`
		Arguments yaml.Node   `yaml:"arguments"`
	}
	sharedByDefault := true
	if d, ok := doc.Services["_defaults"]; ok {
		var def service
		if d.Decode(&def) == nil && def.Shared != nil {
			sharedByDefault = *def.Shared
		}
	}
	var svcs []symfonyService
	for id, node := range doc.Services {
		if strings.HasPrefix(id, "_") {
			continue
		}
		var svc service
		if node.Kind == yaml.MappingNode {
			if node.Decode(&svc) != nil {
				continue
			}
		}
		def := symfonyService{id: id, class: svc.Class, shared: svc.Shared, resource: svc.Resource}
		switch svc.Exclude.Kind {
		case yaml.ScalarNode:
			def.exclude = []string{svc.Exclude.Value}
		case yaml.SequenceNode:
			for _, n := range svc.Exclude.Content {
				def.exclude = append(def.exclude, n.Value)
			}
		}
		for _, tn := range svc.Tags {
			var t tag
			if tn.Kind == yaml.ScalarNode {
				t.Name = tn.Value
			} else if tn.Decode(&t) != nil {
				continue
			}
			def.tags = append(def.tags, symfonyTag{t.Name, t.Event, t.Method})
		}
		def.locator = yamlLocator(&svc.Arguments, strings.EqualFold(strings.TrimPrefix(svc.Class, `\`), serviceLocatorClass))
		svcs = append(svcs, def)
	}
	return symfonyDeclarations(manifestName(root, path), sharedByDefault, svcs)
}

// serviceLocatorClass is Symfony's service locator.
const serviceLocatorClass = `Symfony\Component\DependencyInjection\ServiceLocator`

// yamlLocator reads the service locators among a definition's arguments:
// a !service_locator { id: '@service' } (or a list of '@service', each
// under its own id), anywhere in them, or, for a ServiceLocator's own
// definition (isLocator), the map its first argument is.
func yamlLocator(args *yaml.Node, isLocator bool) map[string]string {
	var out map[string]string
	add := func(id, ref string) {
		ref = strings.TrimPrefix(strings.TrimPrefix(ref, "@"), "?")
		if id == "" || ref == "" {
			return
		}
		if out == nil {
			out = map[string]string{}
		}
		out[id] = ref
	}
	read := func(n *yaml.Node) {
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				if v := n.Content[i+1]; v.Kind == yaml.ScalarNode && strings.HasPrefix(v.Value, "@") {
					add(n.Content[i].Value, v.Value)
				}
			}
		case yaml.SequenceNode:
			for _, v := range n.Content {
				if v.Kind == yaml.ScalarNode && strings.HasPrefix(v.Value, "@") {
					ref := strings.TrimPrefix(strings.TrimPrefix(v.Value, "@"), "?")
					add(ref, ref)
				}
			}
		}
	}
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		if n == nil || depth > 8 {
			return
		}
		if n.Tag == "!service_locator" {
			read(n)
			return
		}
		for _, c := range n.Content {
			walk(c, depth+1)
		}
	}
	walk(args, 0)
	if isLocator {
		switch args.Kind {
		case yaml.SequenceNode:
			if len(args.Content) > 0 && args.Content[0].Kind == yaml.MappingNode {
				read(args.Content[0])
			}
		case yaml.MappingNode:
			// arguments: { $factories: { id: '@service' } } or { 0: … }
			for i := 1; i < len(args.Content); i += 2 {
				if args.Content[i].Kind == yaml.MappingNode {
					read(args.Content[i])
				}
			}
		}
	}
	return out
}

// symfonyServicesXML reads a Symfony config/services.xml: <service>
// elements (id, class, shared, <tag name event method>), <prototype>
// elements (namespace, resource, exclude attribute or <exclude>
// children), and <defaults shared>.
func symfonyServicesXML(root, path string) []Declaration {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	type tag struct {
		Name   string `xml:"name,attr"`
		Event  string `xml:"event,attr"`
		Method string `xml:"method,attr"`
		Text   string `xml:",chardata"`
	}
	type service struct {
		ID       string   `xml:"id,attr"`
		Class    string   `xml:"class,attr"`
		Shared   string   `xml:"shared,attr"`
		Tags     []tag    `xml:"tag"`
		NS       string   `xml:"namespace,attr"`
		Resource string   `xml:"resource,attr"`
		Exclude  string   `xml:"exclude,attr"`
		Excludes []string `xml:"exclude"`
	}
	var doc struct {
		Services struct {
			Defaults struct {
				Shared string `xml:"shared,attr"`
			} `xml:"defaults"`
			Services   []service `xml:"service"`
			Prototypes []service `xml:"prototype"`
		} `xml:"services"`
	}
	if xml.Unmarshal(b, &doc) != nil {
		return nil
	}
	flag := func(v string) *bool {
		switch v {
		case "true":
			t := true
			return &t
		case "false":
			f := false
			return &f
		}
		return nil
	}
	sharedByDefault := true
	if d := flag(doc.Services.Defaults.Shared); d != nil {
		sharedByDefault = *d
	}
	var svcs []symfonyService
	for _, x := range doc.Services.Services {
		def := symfonyService{id: x.ID, class: x.Class, shared: flag(x.Shared)}
		for _, t := range x.Tags {
			name := t.Name
			if name == "" {
				name = strings.TrimSpace(t.Text)
			}
			def.tags = append(def.tags, symfonyTag{name, t.Event, t.Method})
		}
		svcs = append(svcs, def)
	}
	for _, x := range doc.Services.Prototypes {
		if x.NS == "" || x.Resource == "" {
			continue
		}
		def := symfonyService{id: strings.TrimSuffix(x.NS, `\`) + `\`, shared: flag(x.Shared), resource: x.Resource, exclude: x.Excludes}
		if x.Exclude != "" {
			def.exclude = append(def.exclude, x.Exclude)
		}
		svcs = append(svcs, def)
	}
	return symfonyDeclarations(manifestName(root, path), sharedByDefault, svcs)
}

// manifestName is how messages name a manifest: relative to root when
// under it.
func manifestName(root, path string) string {
	if rel, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return path
}

// symfonyDeclarations turns Symfony service definitions into facts.
// Services are shared unless `shared: false`: a class it defines, or
// every class under a namespace it loads with a resource (less its
// excludes), lives for the process. Tags say what runs per request:
// kernel.event_listener (its method, or on<Event>), kernel.reset (its
// method: between requests), messenger.message_handler (its method, or
// __invoke).
func symfonyDeclarations(name string, sharedByDefault bool, svcs []symfonyService) []Declaration {
	sort.Slice(svcs, func(i, j int) bool { return svcs[i].id < svcs[j].id })
	var out []Declaration
	// the class behind each service id, for what locators name
	classOf := map[string]string{}
	for _, svc := range svcs {
		if svc.class != "" {
			classOf[svc.id] = strings.TrimPrefix(svc.class, `\`)
		}
	}
	for _, svc := range svcs {
		for _, id := range slices.Sorted(maps.Keys(svc.locator)) {
			ref := svc.locator[id]
			class := classOf[ref]
			if class == "" && strings.Contains(ref, `\`) {
				class = strings.TrimPrefix(ref, `\`)
			}
			if class != "" {
				out = append(out, Declaration{Target: class, Phase: "locator", ID: id,
					Why: fmt.Sprintf("is the service '%s' of a service locator defined for %s in %s", id, svc.id, name)})
			}
		}
	}
	for _, svc := range svcs {
		shared := sharedByDefault
		if svc.shared != nil {
			shared = *svc.shared
		}
		id := svc.id
		class := svc.class
		if class == "" && strings.Contains(id, `\`) {
			class = id
		}
		class = strings.TrimPrefix(class, `\`)
		if svc.resource != "" && strings.HasSuffix(id, `\`) {
			if shared {
				out = append(out, Declaration{Target: id, Phase: "process",
					Why:      fmt.Sprintf("is loaded as a shared service from %s (%s: resource %s)", name, strings.TrimSuffix(id, `\`), svc.resource),
					Excludes: excludedNamespaces(id, svc.resource, svc.exclude)})
			}
			continue
		}
		if class == "" {
			continue
		}
		if shared {
			out = append(out, Declaration{Target: class, Phase: "process", Why: fmt.Sprintf("is defined as a shared service in %s", name)})
		}
		for _, t := range svc.tags {
			switch t.name {
			case "kernel.event_listener":
				m := t.method
				if m == "" && t.event != "" {
					m = "on" + CamelCase(t.event)
				}
				if m == "" {
					m = "__invoke"
				}
				out = append(out, Declaration{Target: class + "::" + m, Phase: "request", Why: fmt.Sprintf("listens to %s (kernel.event_listener tag in %s), run per event", t.event, name)})
			case "kernel.reset":
				if t.method != "" {
					out = append(out, Declaration{Target: class + "::" + t.method, Phase: "request", Why: fmt.Sprintf("is tagged kernel.reset in %s: the kernel calls it between requests", name)})
				}
			case "messenger.message_handler":
				m := t.method
				if m == "" {
					m = "__invoke"
				}
				out = append(out, Declaration{Target: class + "::" + m, Phase: "request", Why: fmt.Sprintf("handles messages (messenger.message_handler tag in %s), run per message", name)})
			}
		}
	}
	return out
}

// excludedNamespaces turns a resource's exclude paths (relative to the
// yaml file, like the resource; {A,B} alternatives expanded) into the
// namespace prefixes they stand for under prefix.
func excludedNamespaces(prefix, resource string, paths []string) []string {
	base := strings.TrimSuffix(filepath.ToSlash(resource), "/")
	var out []string
	for _, p := range paths {
		for _, q := range expandBraces(filepath.ToSlash(p)) {
			rel := strings.TrimPrefix(q, base)
			if rel == q {
				continue // not under the resource folder
			}
			rel = strings.Trim(strings.TrimSuffix(rel, ".php"), "/")
			if rel == "" || strings.ContainsAny(rel, "*?[") {
				continue
			}
			out = append(out, prefix+strings.ReplaceAll(rel, "/", `\`))
		}
	}
	return out
}

// expandBraces expands one level of {a,b} alternatives.
func expandBraces(p string) []string {
	i := strings.Index(p, "{")
	j := strings.Index(p, "}")
	if i < 0 || j < i {
		return []string{p}
	}
	var out []string
	for _, alt := range strings.Split(p[i+1:j], ",") {
		out = append(out, p[:i]+strings.TrimSpace(alt)+p[j+1:])
	}
	return out
}

// CamelCase turns an event name into the part of a listener method's name
// frameworks derive from it: 'kernel.request' gives 'KernelRequest'.
func CamelCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if r == '.' || r == '_' || r == '-' {
			up = true
			continue
		}
		if up && r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = false
		b.WriteRune(r)
	}
	return b.String()
}

// within reports whether path is dir or lies under it (both absolute).
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
