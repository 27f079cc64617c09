package phpsyntax

import (
	"bytes"
	"encoding/binary"
	"sort"
	"unicode/utf8"
)

// lineTable turns byte offsets into 1-based lines and columns counted in
// code points, in time independent of the line's length: line starts are
// found by binary search (or at once, as lookups mostly move forward);
// on a line that is not pure ASCII the code points before an offset are
// counted from the line's start when it is near, and otherwise from the
// nearest checkpoint (one every cpEvery bytes of the file), so a 4 MB
// line costs no more per lookup than a short one.
type lineTable struct {
	src    []byte
	starts []int  // byte offset of each line's start
	ascii  []bool // per line: only ASCII bytes; nil when the whole file is
	last   int    // the line found last
	// checkpoints, built on first need: runes before cpPos[i]
	cpPos, cpRunes []int
}

const (
	cpEvery   = 256
	nearStart = 512 // count runes from the line's start up to this far
)

func newLineTable(src []byte) *lineTable {
	lt := &lineTable{src: src, starts: make([]int, 1, len(src)/32+1), last: 1}
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		lt.starts = append(lt.starts, i)
	}
	if !isASCII(src) {
		lt.ascii = make([]bool, len(lt.starts))
		for i, start := range lt.starts {
			end := len(src)
			if i+1 < len(lt.starts) {
				end = lt.starts[i+1]
			}
			lt.ascii[i] = isASCII(src[start:end])
		}
	}
	return lt
}

// isASCII reports whether b holds only ASCII bytes, eight at a time.
func isASCII(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// line returns the 1-based line of a byte offset.
func (lt *lineTable) line(off int) int {
	// the line found last, or the next one
	for l := lt.last; l <= lt.last+1 && l <= len(lt.starts); l++ {
		if lt.starts[l-1] <= off && (l == len(lt.starts) || off < lt.starts[l]) {
			lt.last = l
			return l
		}
	}
	lt.last = sort.Search(len(lt.starts), func(i int) bool { return lt.starts[i] > off })
	return lt.last
}

// col returns the 1-based column of off on its own line.
func (lt *lineTable) col(off int) int {
	return lt.colOn(lt.line(off), off)
}

// colOn returns the column of off counted from the start of line.
func (lt *lineTable) colOn(line, off int) int {
	if line < 1 || line > len(lt.starts) {
		return 1
	}
	start := lt.starts[line-1]
	if off < start || off > len(lt.src) {
		return 1
	}
	if lt.ascii == nil || lt.ascii[line-1] {
		return off - start + 1
	}
	if off-start <= nearStart {
		return utf8.RuneCount(lt.src[start:off]) + 1
	}
	return lt.runesBefore(off) - lt.runesBefore(start) + 1
}

// runesBefore counts the code points before off from the nearest
// checkpoint. Checkpoints are positions the decoder lands on when it
// walks the file from the start, as utf8.RuneCount does, so that counts
// from a checkpoint add up to counts from the start.
func (lt *lineTable) runesBefore(off int) int {
	if lt.cpPos == nil {
		runes, next := 0, 0
		for i := 0; i < len(lt.src); {
			if i >= next {
				lt.cpPos = append(lt.cpPos, i)
				lt.cpRunes = append(lt.cpRunes, runes)
				next = i + cpEvery
			}
			if lt.src[i] < utf8.RuneSelf {
				i++
			} else {
				_, n := utf8.DecodeRune(lt.src[i:])
				i += n
			}
			runes++
		}
		if lt.cpPos == nil {
			lt.cpPos = []int{0}
			lt.cpRunes = []int{0}
		}
	}
	i := sort.SearchInts(lt.cpPos, off+1) - 1
	return lt.cpRunes[i] + utf8.RuneCount(lt.src[lt.cpPos[i]:off])
}
