package analyzer

import (
	"strings"
	"unicode/utf8"

	"github.com/phpleak/phpleak/ir"
)

// A worker runs under the CLI SAPI (RoadRunner, Swoole, ReactPHP, AMPHP,
// Workerman, queue consumers, a script's own loop) or under FrankenPHP's
// ("frankenphp"); FPM, CGI and Apache's module serve one request per run
// and host no request loop. So in a request loop of the project's own
// code, PHP_SAPI is "cli" unless the project may run under FrankenPHP:
// it calls frankenphp_*(), names FrankenPHP in a string, or runs through
// a runtime that may choose it (Laravel Octane, Symfony Runtime).

// MayRunUnderFrankenPHP reports whether the project shows a sign that its
// requests may be served by FrankenPHP, decided once.
func (ix *Index) MayRunUnderFrankenPHP() bool { return ix.scan().frankenphp }

// frankenPHPCollector is MayRunUnderFrankenPHP's part of the project
// scan.
func frankenPHPCollector(s *projectScan) collector {
	runtime := func(class string) bool {
		c := strings.ToLower(strings.TrimPrefix(class, `\`))
		return strings.HasPrefix(c, `laravel\octane\`) || strings.HasPrefix(c, `symfony\component\runtime\`) || strings.HasPrefix(c, `runtime\`)
	}
	found := false
	return collector{
		kinds: KCall | KLit | KNew | KStaticCall | KClassConst,
		file: func(f *ir.File) {
			for _, c := range f.Classes {
				if found {
					return
				}
				if runtime(c.Parent) || runtime(c.Name) {
					found = true
				}
				for _, i := range c.Interfaces {
					found = found || runtime(i)
				}
			}
		},
		node: func(_ *ir.Func, n Node) {
			if found {
				return // (one sign is enough)
			}
			switch n := n.(type) {
			case *ir.Call:
				found = strings.HasPrefix(CallName(n), "frankenphp_")
			case *ir.Lit:
				if n.Kind == ir.LitString || n.Kind == ir.LitString2 {
					found = containsLower(n.Value, "frankenphp") || containsLower(n.Value, "autoload_runtime")
				}
			case *ir.New:
				found = runtime(n.Class)
			case *ir.StaticCall:
				found = runtime(n.Class)
			case *ir.ClassConst:
				found = runtime(n.Class)
			}
		},
		done: func() { s.frankenphp = found },
	}
}

// SAPITest reads a comparison of PHP_SAPI (or php_sapi_name()) with a
// string literal: the literal and whether the test holds when they are
// equal; ok is false for any other expression.
func SAPITest(e ir.Expr) (sapi string, whenEqual bool, ok bool) {
	o, isOther := e.(*ir.Other)
	if !isOther || len(o.Args) != 2 {
		return "", false, false
	}
	switch o.Op {
	case "===", "==":
		whenEqual = true
	case "!==", "!=":
	default:
		return "", false, false
	}
	a, b := o.Args[0], o.Args[1]
	if IsSAPI(b) {
		a, b = b, a
	}
	l, isLit := b.(*ir.Lit)
	if !IsSAPI(a) || !isLit || l.Kind != ir.LitString {
		return "", false, false
	}
	return strings.ToLower(l.Value), whenEqual, true
}

// IsSAPI matches PHP_SAPI and php_sapi_name().
func IsSAPI(e ir.Expr) bool {
	if l, ok := e.(*ir.Lit); ok && l.Kind == ir.LitConst {
		return strings.EqualFold(strings.TrimPrefix(l.Value, `\`), "PHP_SAPI")
	}
	if c, ok := e.(*ir.Call); ok {
		return CallName(c) == "php_sapi_name" && len(c.Args) == 0
	}
	return false
}

// requestSAPIFunctions are functions only SAPIs that serve requests one
// by one define, and whether FrankenPHP (which runs workers) defines one
// too: a CLI worker has none of them.
var requestSAPIFunctions = map[string]bool{
	"fastcgi_finish_request":   true, // FPM; FrankenPHP too
	"litespeed_finish_request": false,
	"apache_child_terminate":   false,
}

// TestsSAPI reports whether cond reads PHP_SAPI or php_sapi_name(), or
// asks whether a function only some SAPIs have exists.
func TestsSAPI(cond ir.Expr) bool {
	found := false
	InspectExpr(cond, func(n Node, _ []Node) bool {
		if e, ok := n.(ir.Expr); ok && IsSAPI(e) {
			found = true
		}
		// function_exists('fastcgi_finish_request'): whether FPM serves it
		if c, ok := n.(*ir.Call); ok {
			_, found = requestSAPIFunctionTest(c)
		}
		return !found
	})
	return found
}

// perRequestSAPIs name the SAPIs that serve one request per run (FPM,
// CGI, Apache's module, LiteSpeed): a worker never runs under them.
var perRequestSAPIs = map[string]bool{"fpm-fcgi": true, "cgi-fcgi": true, "apache2handler": true, "apache": true, "litespeed": true, "cgi": true}

// SAPIHoldsInWorker says whether cond, a test of the SAPI, holds in a
// worker: PHP_SAPI === 'fpm-fcgi' never does, function_exists() of a
// function only per-request SAPIs have never does (unless FrankenPHP,
// which has fastcgi_finish_request, may serve the project), PHP_SAPI ===
// 'cli' does unless FrankenPHP may. Through !, && and ||; known is false
// for anything else.
func (ix *Index) SAPIHoldsInWorker(cond ir.Expr) (holds, known bool) {
	switch e := cond.(type) {
	case *ir.Other:
		switch e.Op {
		case "!":
			if len(e.Args) == 1 {
				h, ok := ix.SAPIHoldsInWorker(e.Args[0])
				return !h, ok
			}
		case "&&", "and":
			if len(e.Args) == 2 {
				l, lok := ix.SAPIHoldsInWorker(e.Args[0])
				r, rok := ix.SAPIHoldsInWorker(e.Args[1])
				switch {
				case lok && !l || rok && !r:
					return false, true
				case lok && rok:
					return true, true
				}
			}
		case "||", "or":
			if len(e.Args) == 2 {
				l, lok := ix.SAPIHoldsInWorker(e.Args[0])
				r, rok := ix.SAPIHoldsInWorker(e.Args[1])
				switch {
				case lok && l || rok && r:
					return true, true
				case lok && rok:
					return false, true
				}
			}
		case "===", "==", "!==", "!=":
			sapi, whenEqual, ok := SAPITest(e)
			if !ok {
				return false, false
			}
			if perRequestSAPIs[sapi] {
				return !whenEqual, true
			}
			if sapi == "cli" && !ix.MayRunUnderFrankenPHP() {
				return whenEqual, true
			}
		}
	case *ir.Call:
		if franken, ok := requestSAPIFunctionTest(e); ok {
			return franken && ix.MayRunUnderFrankenPHP(), true
		}
	}
	return false, false
}

// requestSAPIFunctionTest matches function_exists() of a function only
// per-request SAPIs have (see requestSAPIFunctions), and says whether
// FrankenPHP has it too.
func requestSAPIFunctionTest(c *ir.Call) (underFrankenPHP, ok bool) {
	if CallName(c) != "function_exists" || len(c.Args) != 1 {
		return false, false
	}
	l, isLit := c.Args[0].(*ir.Lit)
	if !isLit || l.Kind != ir.LitString {
		return false, false
	}
	underFrankenPHP, ok = requestSAPIFunctions[strings.ToLower(strings.TrimPrefix(l.Value, `\`))]
	return underFrankenPHP, ok
}

// containsLower reports whether strings.ToLower(s) contains sub, itself
// lower-case ASCII, without a lower-case copy of an ASCII s: the walk
// above asks it of every string literal of the project.
func containsLower(s, sub string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(s), sub)
		}
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
