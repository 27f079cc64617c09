package phpsyntax

import (
	"fmt"
	"strconv"
	"strings"
)

// Version is a PHP language version, MAJOR.MINOR.
type Version struct{ Major, Minor int }

// Latest is the newest PHP version phpleak reads; syntax is never refused
// for being too new for the project, only noted (see Options.Version).
var Latest = Version{8, 5}

func (v Version) String() string { return fmt.Sprintf("%d.%d", v.Major, v.Minor) }

// Less reports whether v is older than w.
func (v Version) Less(w Version) bool {
	return v.Major < w.Major || v.Major == w.Major && v.Minor < w.Minor
}

// ParseVersion reads a --php-version value: MAJOR.MINOR, with an optional
// patch level that is ignored.
func ParseVersion(s string) (Version, error) {
	parts := strings.Split(s, ".")
	if len(parts) == 3 {
		if _, err := strconv.ParseUint(parts[2], 10, 32); err == nil {
			parts = parts[:2]
		}
	}
	if len(parts) != 2 {
		return Version{}, fmt.Errorf("invalid PHP version %q: want MAJOR.MINOR, e.g. 8.3", s)
	}
	maj, err1 := strconv.ParseUint(parts[0], 10, 8)
	min, err2 := strconv.ParseUint(parts[1], 10, 8)
	if err1 != nil || err2 != nil {
		return Version{}, fmt.Errorf("invalid PHP version %q: want MAJOR.MINOR, e.g. 8.3", s)
	}
	v := Version{int(maj), int(min)}
	switch {
	case v.Major == 5 && v.Minor <= 6, v.Major == 7 && v.Minor <= 4, v.Major == 8 && v.Minor <= Latest.Minor:
		return v, nil
	}
	return Version{}, fmt.Errorf("unsupported PHP version %q: phpleak reads 5.0–5.6, 7.0–7.4 and 8.0–%s", s, Latest)
}
