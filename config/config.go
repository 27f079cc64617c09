// Package config reads phpleak's project configuration: phpleak.yaml (or
// .phpleak.yaml), and the defaults a composer.json implies.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/internal/atomicfile"
	"github.com/phpleak/phpleak/phpsyntax"
)

// Names are the config file names looked for, in this order.
var Names = []string{"phpleak.yaml", ".phpleak.yaml"}

// Config is a parsed config file. Paths in it are relative to Dir.
type Config struct {
	File string // the file it was read from
	Dir  string // its folder: the project root

	Paths         []string
	Exclude       []string
	IncludeTests  *bool // nil: not set
	PHPVersion    string
	ShortOpenTag  bool // "<?" opens PHP code, as php.ini's short_open_tag=On
	Rules         map[string]Rule
	Baseline      *string // nil: not set; "": no baseline
	Entries       []string
	Boot          []string          // code that runs once at boot: Class::method, Class or function
	Lifetimes     map[string]string // class -> process or request
	FailOn        string
	MinConfidence string
}

// Rule is a rule's settings; nil fields are not set.
type Rule struct {
	Enabled  *bool
	Severity analyzer.Severity
}

// Find looks for a config file in dir and its parents; "" when none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, n := range Names {
			p := filepath.Join(dir, n)
			if info, err := os.Stat(p); err == nil && !info.IsDir() {
				return p, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and validates a config file. ruleIDs are the known rules.
// Errors name the file and line.
func Load(path string, ruleIDs []string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	c := &Config{File: path, Dir: filepath.Dir(abs)}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", path, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 {
		return c, nil // empty file
	}
	p := &parser{file: path, rules: ruleIDs}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, p.errorf(root, "want a mapping of settings (paths, exclude, include-tests, php-version, short-open-tag, rules, baseline, entries, boot, lifetimes, fail-on, min-confidence)")
	}
	err = p.mapping(root, func(key string, k, v *yaml.Node) error {
		var err error
		switch key {
		case "paths":
			c.Paths, err = p.strings(v)
		case "exclude":
			if c.Exclude, err = p.strings(v); err == nil {
				for _, g := range c.Exclude {
					if gerr := analyzer.ValidateGlob(g); gerr != nil {
						return p.errorf(v, "%v", gerr)
					}
				}
			}
		case "include-tests":
			var b bool
			if v.Kind != yaml.ScalarNode || v.Decode(&b) != nil {
				return p.errorf(v, "include-tests: want true or false")
			}
			c.IncludeTests = &b
		case "php-version":
			if c.PHPVersion, err = p.scalar(v); err == nil {
				if _, verr := phpsyntax.ParseVersion(c.PHPVersion); verr != nil {
					return p.errorf(v, "php-version: %v", verr)
				}
			}
		case "short-open-tag":
			var s string
			if s, err = p.scalar(v); err == nil {
				switch s {
				case "true", "on":
					c.ShortOpenTag = true
				case "false", "off":
				default:
					return p.errorf(v, "short-open-tag: %q: want true or false", s)
				}
			}
		case "rules":
			c.Rules, err = p.ruleMap(v)
		case "baseline":
			var s string
			if s, err = p.scalar(v); err == nil {
				c.Baseline = &s
			}
		case "entries":
			if c.Entries, err = p.strings(v); err == nil {
				for _, e := range c.Entries {
					if class, method, ok := strings.Cut(e, "::"); !ok || class == "" || method == "" {
						return p.errorf(v, "entries: %q: want CLASS::METHOD, e.g. App\\Http\\Kernel::handle", e)
					}
				}
			}
		case "boot":
			c.Boot, err = p.strings(v)
		case "lifetimes":
			c.Lifetimes = map[string]string{}
			err = p.mapping(v, func(class string, _, lv *yaml.Node) error {
				life, err := p.scalar(lv)
				if err != nil {
					return err
				}
				if life != "process" && life != "request" {
					return p.errorf(lv, "lifetimes: %s: %q: want process or request", class, life)
				}
				c.Lifetimes[class] = life
				return nil
			})
		case "fail-on":
			if c.FailOn, err = p.scalar(v); err == nil && c.FailOn != "never" {
				if _, serr := analyzer.ParseSeverity(c.FailOn); serr != nil {
					return p.errorf(v, "fail-on: %v (or never)", serr)
				}
			}
		case "min-confidence":
			if c.MinConfidence, err = p.scalar(v); err == nil {
				if _, cerr := analyzer.ParseConfidence(c.MinConfidence); cerr != nil {
					return p.errorf(v, "min-confidence: %v", cerr)
				}
			}
		default:
			return p.errorf(k, "unknown key %q (known keys: paths, exclude, include-tests, php-version, short-open-tag, rules, baseline, entries, boot, lifetimes, fail-on, min-confidence)", key)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Resolve makes a path from the config relative to its folder absolute.
func (c *Config) Resolve(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.Dir, filepath.FromSlash(p))
}

type parser struct {
	file  string
	rules []string
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", p.file, n.Line, fmt.Sprintf(format, args...))
}

// mapping calls f for each key of a mapping node; duplicate keys are
// errors.
func (p *parser) mapping(n *yaml.Node, f func(key string, k, v *yaml.Node) error) error {
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "want a mapping")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return p.errorf(k, "want a plain key")
		}
		if seen[k.Value] {
			return p.errorf(k, "key %q given twice", k.Value)
		}
		seen[k.Value] = true
		if err := f(k.Value, k, v); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) scalar(n *yaml.Node) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" && n.Value != "" {
		return "", p.errorf(n, "want a single value")
	}
	if n.Tag == "!!null" {
		return "", nil
	}
	return n.Value, nil
}

// strings reads a list of strings; a single string is a list of one.
func (p *parser) strings(n *yaml.Node) ([]string, error) {
	if n.Kind == yaml.ScalarNode {
		if n.Tag == "!!null" {
			return nil, nil
		}
		return []string{n.Value}, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, "want a list of strings")
	}
	var out []string
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode || item.Value == "" {
			return nil, p.errorf(item, "want a non-empty string")
		}
		out = append(out, item.Value)
	}
	return out, nil
}

func (p *parser) ruleMap(n *yaml.Node) (map[string]Rule, error) {
	out := map[string]Rule{}
	err := p.mapping(n, func(id string, k, v *yaml.Node) error {
		known := false
		for _, r := range p.rules {
			known = known || r == id
		}
		if !known {
			return p.errorf(k, "unknown rule %q; known rules: %s", id, strings.Join(p.rules, ", "))
		}
		var r Rule
		err := p.mapping(v, func(key string, k, v *yaml.Node) error {
			switch key {
			case "enabled":
				var b bool
				if v.Kind != yaml.ScalarNode || v.Decode(&b) != nil {
					return p.errorf(v, "rules: %s: enabled: want true or false", id)
				}
				r.Enabled = &b
			case "severity":
				s, err := p.scalar(v)
				if err != nil {
					return err
				}
				sev, err := analyzer.ParseSeverity(s)
				if err != nil {
					return p.errorf(v, "rules: %s: severity: %v", id, err)
				}
				r.Severity = sev
			default:
				return p.errorf(k, "rules: %s: unknown key %q (known keys: enabled, severity)", id, key)
			}
			return nil
		})
		out[id] = r
		return err
	})
	return out, err
}

// Starter is the config phpleak init writes for a project whose
// composer.json is comp (nil when it has none): what phpleak detected
// (paths, PHP version, the test code it skips) as active settings that
// say where they come from, and every other setting as a commented
// example.
func Starter(comp *Composer) string {
	var b strings.Builder
	b.WriteString(starterIntro)
	if comp != nil && len(comp.Paths) > 0 {
		b.WriteString("# Files and folders to analyze: the autoload paths of composer.json.\npaths:\n")
		for _, p := range comp.Paths {
			fmt.Fprintf(&b, "  - %s\n", yamlString(p))
		}
	} else {
		b.WriteString("# Files and folders to analyze. Default: the autoload paths of\n# composer.json, or the whole folder.\n# paths:\n#   - src\n")
	}
	b.WriteString("\n# Test code is skipped")
	switch tests := TestExcludes(comp); {
	case comp == nil:
		b.WriteString(": with no composer.json, folders named tests or\n# Tests.")
	case len(tests) == 0:
		b.WriteString(": composer.json's autoload-dev and\n# exclude-from-classmap paths (this one names none).")
	default:
		b.WriteString(", from composer.json:\n")
		for _, t := range tests {
			fmt.Fprintf(&b, "#   %s (%s)\n", t.Pattern, t.Why)
		}
		b.WriteString("#")
	}
	b.WriteString(" Set true to analyse it too.\ninclude-tests: false\n")
	b.WriteString(starterExclude)
	if comp != nil && comp.PHPVersion != "" {
		fmt.Fprintf(&b, "\n# PHP version of the code: the lowest composer.json allows (php %s).\nphp-version: %q\n", comp.PHPConstraint, comp.PHPVersion)
	} else {
		fmt.Fprintf(&b, "\n# PHP version of the code. Default: the lowest version composer.json's\n# require.php allows, or %s, the newest phpleak reads.\n# php-version: \"8.1\"\n", DefaultPHPVersion)
	}
	b.WriteString(starterRest)
	return b.String()
}

// yamlString quotes a path when YAML would read it as something else.
func yamlString(s string) string {
	var v string
	if yaml.Unmarshal([]byte("v: "+s), &struct{ V *string }{&v}) == nil && v == s {
		return s
	}
	return strconv.Quote(s)
}

const starterIntro = `# phpleak configuration (https://github.com/phpleak/phpleak#configuration),
# written by phpleak init. Paths are relative to this file's folder.
# Command-line flags override these settings; --exclude and --entry add
# to them.

`

const starterExclude = `
# Globs of other files and folders to skip (** allowed; vendor/,
# node_modules/ and .git/ are always skipped).
# exclude:
#   - "legacy/**"
`

const starterRest = `
# Whether "<?" opens PHP code (php.ini's short_open_tag); default false,
# so "<?" is text and only "<?php" and "<?=" open code.
# short-open-tag: true

# The worker model ('phpleak model' prints it) finds what runs per
# request from what frameworks declare: subscribers, listeners, message
# handlers, controllers, middleware, jobs, server callbacks, worker
# loops. Correct it here for what it cannot see.
# Methods that run once per request, job or message.
# entries:
#   - App\Http\Kernel::handle
# Code that runs once at boot (Class::method, Class or function).
# boot:
#   - App\Kernel::registerPlugins
# Classes whose instances live for the whole process, or for one request.
# lifetimes:
#   App\Service\Registry: process
#   App\Http\RequestContext: request

# Per rule: turn it off, or change its severity (error, warning, note).
# rules:
#   loop-accumulation:
#     enabled: false
#   static-growth:
#     severity: error

# Exit 1 when a finding has this severity or higher (error, warning,
# note, never).
# fail-on: warning

# Report findings with at least this confidence (high, medium, low).
# min-confidence: medium

# Known findings to hide (written by 'phpleak baseline'); "" for none.
# baseline: phpleak-baseline.json
`

// Init writes the starter config into dir, with what the composer.json
// there says; an existing config is kept unless force is set.
func Init(dir string, force bool) (string, error) {
	for _, n := range Names {
		p := filepath.Join(dir, n)
		if _, err := os.Stat(p); err == nil && !force {
			return "", fmt.Errorf("%s already exists (use --force to overwrite it)", p)
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	comp, err := ReadComposer(dir)
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, Names[0])
	return p, atomicfile.WriteFile(p, []byte(Starter(comp)), 0o644)
}

// dedupeSorted sorts and removes duplicates.
func dedupeSorted(list []string) []string {
	sort.Strings(list)
	out := list[:0]
	for i, s := range list {
		if i == 0 || s != list[i-1] {
			out = append(out, s)
		}
	}
	return out
}
