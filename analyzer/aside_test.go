package analyzer

import "testing"

// TestAside: a value built aside is the one built in line, with one job
// or several, and a panic in its build is raised where it is waited for,
// in the caller's goroutine (where a rule's guard catches it).
func TestAside(t *testing.T) {
	for _, jobs := range []int{1, 4} {
		p := &Pass{jobs: jobs}
		wait := p.Aside(func() any { return jobs * 10 })
		if got := wait(); got != jobs*10 {
			t.Errorf("jobs %d: got %v, want %d", jobs, got, jobs*10)
		}
		wait = p.Aside(func() any { panic("broken fact") })
		func() {
			defer func() {
				if r := recover(); r != "broken fact" {
					t.Errorf("jobs %d: the wait recovered %v, want the build's panic", jobs, r)
				}
			}()
			wait()
			t.Errorf("jobs %d: the wait returned after the build panicked", jobs)
		}()
	}
}
