package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/report"
	"github.com/phpleak/phpleak/rules"
)

// printModel runs the project through the worker model alone and prints
// it: text (grouped by phase, then classes by lifetime) or json.
func printModel(cfg analyzer.Config, format string, stdout, stderr io.Writer) int {
	if format != "text" && format != "json" {
		say(stderr, "phpleak model: --format %s: want text or json\n", format)
		return exitUsage
	}
	var m rules.WorkerModel
	cfg.Analyzers = []*analyzer.Analyzer{rules.ModelAnalyzer(&m)}
	cfg.Confirm = nil
	res, err := analyzer.Run(cfg)
	if err != nil {
		say(stderr, "phpleak model: %v\n", err)
		return exitUsage
	}
	if format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(m); err != nil {
			say(stderr, "phpleak model: %v\n", err)
			return exitUsage
		}
		return exitOK
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	section := ""
	for _, e := range m.Entries {
		if e.Phase != section {
			section = e.Phase
			fmt.Fprintf(tw, "\n%s:\n", map[string]string{
				"per request": "Runs per request, message, job or connection",
				"boot":        "Runs once at boot",
				"one-shot":    "Runs once and exits (commands, migrations)",
			}[e.Phase])
		}
		fmt.Fprintf(tw, "  %s:%d\t%s\t%s\n", e.File, e.Line, e.Function, e.Why)
	}
	section = ""
	for _, c := range m.Classes {
		if c.Lifetime != section {
			section = c.Lifetime
			fmt.Fprintf(tw, "\nLives for the %s:\n", map[string]string{"process": "whole process", "request": "one request"}[c.Lifetime])
		}
		fmt.Fprintf(tw, "  %s\t%s\n", c.Class, c.Why)
	}
	tw.Flush()
	fmt.Fprintf(stdout, "\n%d functions run per request, %d only once; everything else is unknown (correct it with entries:, boot: and lifetimes: in phpleak.yaml).\n",
		m.PerRequest, m.Once)
	say(stderr, "phpleak: %s\n", report.Summary(res))
	return exitOK
}
