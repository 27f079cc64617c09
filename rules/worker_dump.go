package rules

import (
	"sort"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// WorkerModel is the worker model in printable form, for `phpleak model`.
type WorkerModel struct {
	Entries []ModelEntry `json:"entries"`
	Classes []ModelClass `json:"classes"`
	// PerRequest and Once count the functions in each phase, entries and
	// what they reach through resolved calls.
	PerRequest int `json:"perRequestFunctions"`
	Once       int `json:"onceFunctions"`
}

// ModelEntry is a function (or request loop) the model starts from, with
// its phase and the declaration that decided it.
type ModelEntry struct {
	Phase    string `json:"phase"` // "per request", "boot", "one-shot"
	Function string `json:"function"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Why      string `json:"why"`
}

// ModelClass is a class with a known lifetime ("process" or "request").
type ModelClass struct {
	Class    string `json:"class"`
	Lifetime string `json:"lifetime"`
	Why      string `json:"why"`
}

// ModelAnalyzer returns a pseudo-rule that reports nothing and fills out
// with the worker model of the project it runs on.
func ModelAnalyzer(out *WorkerModel) *analyzer.Analyzer {
	return &analyzer.Analyzer{
		ID:      "worker-model",
		Kind:    analyzer.Growth,
		Doc:     analyzer.Doc{Title: "The worker model (not a rule)"},
		Prepare: prepareShared,
		Run: func(pass *analyzer.Pass) {
			*out = dumpModel(sharedProgram(pass), pass.Index)
		},
	}
}

func dumpModel(p *program, ix *analyzer.Index) WorkerModel {
	var m WorkerModel
	seen := map[string]bool{}
	all := make([]entryFact, 0, len(p.loops)+len(p.entries))
	for _, l := range p.loops {
		all = append(all, l.entryFact)
	}
	for _, e := range append(all, p.entries...) {
		label := qualifiedLabel(e.fn)
		if e.fn.Kind == ir.FuncMain || e.fn.Kind == ir.FuncClosure || e.fn.Kind == ir.FuncArrow {
			label = funcLabel(e.fn)
		}
		me := ModelEntry{Phase: e.phase.String(), Function: label, File: e.fn.File.Path, Line: int(e.fn.Pos.Line), Why: e.why}
		k := me.Phase + "\x00" + me.File + "\x00" + me.Function + "\x00" + me.Why
		if seen[k] {
			continue
		}
		seen[k] = true
		m.Entries = append(m.Entries, me)
	}
	sort.SliceStable(m.Entries, func(i, j int) bool {
		a, b := m.Entries[i], m.Entries[j]
		if a.Phase != b.Phase {
			return phaseOrder(a.Phase) < phaseOrder(b.Phase)
		}
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Why < b.Why
	})
	add := func(set map[string]string, life string) {
		for k, why := range set {
			name := k
			if c := ix.Class(k); c != nil {
				name = c.Name
			} else if isFramework(k) {
				continue // the built-in list, not the project's
			} else if d := p.display[k]; d != "" {
				name = d
			}
			m.Classes = append(m.Classes, ModelClass{Class: name, Lifetime: life, Why: why})
		}
	}
	effective := map[string]string{}
	for k, why := range p.longLived {
		if _, ok := p.isLongLived(k); ok {
			effective[k] = why
		}
	}
	add(effective, "process")
	add(p.requestLived, "request")
	sort.Slice(m.Classes, func(i, j int) bool {
		a, b := m.Classes[i], m.Classes[j]
		if a.Lifetime != b.Lifetime {
			return a.Lifetime < b.Lifetime
		}
		return strings.ToLower(a.Class) < strings.ToLower(b.Class)
	})
	m.PerRequest = len(p.perIter)
	m.Once = len(p.once)
	return m
}

func phaseOrder(p string) int {
	switch p {
	case "per request":
		return 0
	case "boot":
		return 1
	}
	return 2
}

func isFramework(k string) bool {
	for _, s := range append(append([]string{}, frameworkServices...), processRoots...) {
		if strings.EqualFold(s, k) {
			return true
		}
	}
	return false
}

// qualifiedLabel names a method with its fully qualified class.
func qualifiedLabel(fn *ir.Func) string {
	if fn.Kind == ir.FuncMethod && fn.Class != nil {
		return fn.Class.Name + "::" + fn.Name + "()"
	}
	return funcLabel(fn)
}
