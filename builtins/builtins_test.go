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
