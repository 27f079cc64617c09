package report

import (
	"encoding/xml"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/internal/logsafe"
)

type checkstyleReport struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// Checkstyle writes findings as Checkstyle XML, which cs2pr and reviewdog
// turn into pull request annotations: one <file> per file, sorted by
// name, its findings in line order. Severity note becomes info. Files
// that could not be analyzed appear as info entries with source
// phpleak.error.KIND, so they are seen but fail nothing on their own.
func Checkstyle(w io.Writer, res *analyzer.Result, opt Options) error {
	files := map[string]*checkstyleFile{}
	add := func(name string, e checkstyleError) {
		if files[name] == nil {
			files[name] = &checkstyleFile{Name: xmlText(name)}
		}
		files[name].Errors = append(files[name].Errors, e)
	}
	for _, f := range res.Findings {
		sev := string(f.Severity)
		if f.Severity == analyzer.SeverityNote {
			sev = "info"
		}
		add(f.File, checkstyleError{
			Line: f.Line, Column: f.Column, Severity: sev,
			Message: logsafe.Text(resultMessage(f)), Source: "phpleak." + f.Rule,
		})
	}
	for _, e := range res.Errors {
		if e.File == "" {
			continue // an internal error of a rule belongs to no file
		}
		first, _, _ := strings.Cut(e.Message, "\n")
		add(e.File, checkstyleError{
			Line: e.Line, Severity: "info",
			Message: logsafe.Text(e.Kind + " error: " + first), Source: "phpleak.error." + e.Kind,
		})
	}
	doc := checkstyleReport{Version: "4.3"}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f := files[n]
		sort.SliceStable(f.Errors, func(i, j int) bool {
			if f.Errors[i].Line != f.Errors[j].Line {
				return f.Errors[i].Line < f.Errors[j].Line
			}
			return f.Errors[i].Column < f.Errors[j].Column
		})
		doc.Files = append(doc.Files, *f)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// xmlText drops what XML 1.0 cannot carry at all (control characters
// other than tab and newlines) from a file name, which must name the file
// (messages are escaped with logsafe.Text); encoding/xml escapes the
// rest.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\t' && r != '\n' && r != '\r' && (unicode.IsControl(r) && r < 0x80 || r == 0xFFFE || r == 0xFFFF) {
			return -1
		}
		return r
	}, s)
}
