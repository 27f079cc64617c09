package analyzer

import "sync"

// LazyMap is a map filled on demand, safe for concurrent use: facts
// derived per class, name or node the first time a rule asks, then kept
// for every rule. compute runs without the lock held, so it may ask the
// same map for other keys; two goroutines asking for one key at once
// may both compute it, and the first stored value wins, so compute must
// depend on the key alone.
type LazyMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

// Get returns the value under k, computing and keeping it on first use.
func (l *LazyMap[K, V]) Get(k K, compute func() V) V {
	l.mu.Lock()
	v, ok := l.m[k]
	l.mu.Unlock()
	if ok {
		return v
	}
	return l.set(k, compute())
}

// set stores v under k unless a value is already there, and returns the
// value kept.
func (l *LazyMap[K, V]) set(k K, v V) V {
	l.mu.Lock()
	defer l.mu.Unlock()
	if old, ok := l.m[k]; ok {
		return old
	}
	if l.m == nil {
		l.m = map[K]V{}
	}
	l.m[k] = v
	return v
}
