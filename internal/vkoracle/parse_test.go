package vkoracle

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/VKCOM/php-parser/pkg/ast"
	"github.com/VKCOM/php-parser/pkg/conf"
	"github.com/VKCOM/php-parser/pkg/parser"
	"github.com/VKCOM/php-parser/pkg/version"
	"github.com/phpleak/phpleak/phpsyntax"
)

// treeDepth is the smallest limit treeDeeperThan accepts root under.
func treeDepth(root ast.Vertex) int {
	d := 1
	for treeDeeperThan(root, d) {
		d++
	}
	return d
}

func TestTreeDepthCountsEveryLevel(t *testing.T) {
	parse := func(src string) ast.Vertex {
		root, err := parser.Parse([]byte(src), conf.Config{Version: &version.Version{Major: 8, Minor: 1}})
		if err != nil || root == nil {
			t.Fatalf("parse %q: %v", src, err)
		}
		return root
	}
	for _, shape := range []struct{ open, close string }{
		{"!", ""}, {"(", ")"}, {"[", "]"}, {"f(", ")"}, {"$a . ", ""},
	} {
		prev := 0
		for n := 1; n <= 4; n++ {
			src := "<?php $x = " + strings.Repeat(shape.open, n) + "1" + strings.Repeat(shape.close, n) + ";"
			d := treeDepth(parse(src))
			if prev != 0 && d <= prev {
				t.Errorf("%q: depth %d, not deeper than with one level less (%d)", src, d, prev)
			}
			prev = d
		}
	}
}

func TestChildFieldsCoverEveryNodeType(t *testing.T) {
	if n := reflect.TypeFor[ast.Visitor]().NumMethod(); len(childFields) != n || n < 100 {
		t.Errorf("childFields knows %d node types, ast.Visitor has %d methods", len(childFields), n)
	}
	cf := childFields[reflect.TypeFor[*ast.ExprBinaryConcat]()]
	if len(cf.one) != 2 || len(cf.many) != 0 {
		t.Errorf("ExprBinaryConcat children = %+v, want Left and Right", cf)
	}
}

func TestCountLines(t *testing.T) {
	for src, want := range map[string]int{"": 0, "a": 1, "a\n": 1, "a\nb": 2, "a\nb\n": 2, "\n\n": 2} {
		if got := countLines([]byte(src)); got != want {
			t.Errorf("countLines(%q) = %d, want %d", src, got, want)
		}
	}
}

// TestParserInput: an empty heredoc becomes an empty quoted string padded
// to its length, its line break kept.
func TestParserInput(t *testing.T) {
	if got := string(parserInput([]byte("<?php $a = <<<Q\nQ;"))); got != "<?php $a = ''  \n ;" {
		t.Errorf("empty heredoc rewritten as %q", got)
	}
}

func TestGrammar(t *testing.T) {
	for in, want := range map[phpsyntax.Version]string{
		{}: "8.1", {Major: 8, Minor: 5}: "8.1", {Major: 8, Minor: 2}: "8.1", {Major: 8, Minor: 1}: "8.1",
		{Major: 8, Minor: 0}: "8.0", {Major: 7, Minor: 4}: "7.4", {Major: 5, Minor: 6}: "5.6",
	} {
		if g := grammar(in); fmt.Sprintf("%d.%d", g.Major, g.Minor) != want {
			t.Errorf("grammar(%v) = %d.%d, want %s", in, g.Major, g.Minor, want)
		}
	}
}
