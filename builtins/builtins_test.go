package builtins

import "testing"

func TestLookup(t *testing.T) {
	for class, want := range map[string]bool{
		"SplObjectStorage": true, `\SplObjectStorage`: true, "splpriorityqueue": true,
		`Doctrine\Common\Collections\ArrayCollection`: true, "WeakMap": true, "App\\Order": false, "": false,
	} {
		if got := IsContainer(class); got != want {
			t.Errorf("IsContainer(%q) = %v, want %v", class, got, want)
		}
	}
	h := Lookup("SplMinHeap")
	if !h.Adds("insert") || !h.Takes("extract") || h.Adds("push") {
		t.Errorf("SplMinHeap: %+v", h)
	}
	if w := Lookup("WeakMap"); !w.Weak {
		t.Errorf("WeakMap is not weak")
	}
	if !AddsAny("enqueue") || !ReleasesAny("removeAllExcept") || AddsAny("render") {
		t.Errorf("AddsAny/ReleasesAny")
	}
	// every container keeps something, or is bounded
	for name, c := range containers {
		if len(c.AddBy) == 0 && !c.Bounded {
			t.Errorf("%s adds by no method", name)
		}
	}
	if r, ok := Registers("Set_Error_Handler"); !ok || r.Undo != "restore_error_handler" || !r.Stacks {
		t.Errorf("set_error_handler: %+v %v", r, ok)
	}
	if r, ok := Registers("ob_start"); !ok || r.Stacks {
		t.Errorf("ob_start: %+v %v", r, ok)
	}
}

func TestValues(t *testing.T) {
	for _, tt := range []struct {
		fn                     string
		fresh, derives, digest bool
	}{
		{"uniqid", true, false, false},
		{"Random_Int", true, false, false},
		{"strtolower", false, true, false},
		{"sprintf", false, true, false},
		{"MD5", false, true, true},
		{"intdiv", false, true, false}, // a bucket of a clamped score: as many as the score
		{"file_get_contents", false, false, false},
		{"get_class", false, false, false},
	} {
		if Fresh(tt.fn) != tt.fresh || Derives(tt.fn) != tt.derives || Digest(tt.fn) != tt.digest {
			t.Errorf("%s: Fresh %v Derives %v Digest %v, want %v %v %v", tt.fn,
				Fresh(tt.fn), Derives(tt.fn), Digest(tt.fn), tt.fresh, tt.derives, tt.digest)
		}
	}
	if !Splits("explode") || Derives("explode") {
		t.Errorf("explode cuts a string into an array: Splits, not Derives (a string)")
	}
	// a digest keeps as many values as it is given
	for name := range digests {
		if !Derives(name) {
			t.Errorf("digest %s does not derive", name)
		}
	}
}

func TestCtorKeepsAndKeyedRegistrations(t *testing.T) {
	if k := CtorKeeps(`\ReflectionObject`); k[0] == "" {
		t.Errorf("ReflectionObject keeps its object: %v", k)
	}
	if !Inert(`\SplStack`) || Inert("Illuminate\\Cache\\Repository") {
		t.Error("SplStack holds values and calls nothing; a cache repository hands calls on")
	}
	if k := CtorKeeps("ReflectionClass"); k != nil {
		t.Errorf("ReflectionClass keeps a class name only: %v", k)
	}
	if r, ok := Registers("stream_filter_register"); !ok || !r.Keyed || r.Stacks {
		t.Errorf("stream_filter_register: %+v %v", r, ok)
	}
	if r, ok := Registers("header_register_callback"); !ok || r.Stacks {
		t.Errorf("header_register_callback keeps only the last callback: %+v %v", r, ok)
	}
}

func TestIterationDrains(t *testing.T) {
	none := func(string) bool { return false }
	deleteMode := func(flag string) bool { return flag == "IT_MODE_DELETE" }
	for class, want := range map[string][2]bool{
		"SplPriorityQueue": {true, true}, "SplMinHeap": {true, true},
		"SplQueue": {false, true}, "SplDoublyLinkedList": {false, true},
		"ArrayObject": {false, false}, "SplObjectStorage": {false, false},
	} {
		c := Lookup(class)
		if got := [2]bool{c.IterationDrains(none), c.IterationDrains(deleteMode)}; got != want {
			t.Errorf("%s: IterationDrains = %v, want %v", class, got, want)
		}
	}
	if !Lookup("SplQueue").SetsMode("setIteratorMode") || Lookup("SplMinHeap").SetsMode("setIteratorMode") {
		t.Errorf("SetsMode")
	}
}
