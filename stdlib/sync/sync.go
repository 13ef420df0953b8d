// Package sync: mutual exclusion and waiting for goroutines (gosub's
// standard library, Go 1.19 API).
//
// Goroutines wait by yielding to the scheduler in a loop until the state
// they wait for appears; every state change is one native call (cas), and
// natives never switch goroutines, so changes are atomic.  Unlocking an
// unlocked mutex is Go's fatal error.
package sync

// yield lets other goroutines run before the caller continues.
func yield()

// cas: if *p == old { *p = new; return true }; atomically.
//
//go:noescape
func cas(p *int32, old, new int32) bool

// add: *p += delta, returning the new value; atomically.
//
//go:noescape
func add(p *int64, delta int64) int64

// fatal stops the program with Go's "fatal error: msg".
func fatal(msg string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	for !cas(&m.state, 0, 1) {
		yield()
	}
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	return cas(&m.state, 0, 1)
}

// Unlock unlocks m.
func (m *Mutex) Unlock() {
	if !cas(&m.state, 1, 0) {
		fatal("sync: unlock of unlocked mutex")
	}
}

// An RWMutex is a reader/writer mutual exclusion lock: any number of
// readers or a single writer.
type RWMutex struct {
	w       Mutex // held by the writer, and by readers while they enter
	readers int32
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	rw.w.Lock()
	rw.readers++
	rw.w.Unlock()
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	rw.readers++
	rw.w.Unlock()
	return true
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
}

// Lock locks rw for writing, waiting for readers to leave.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	for rw.readers > 0 {
		yield()
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if rw.readers > 0 {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	if !cas(&rw.w.state, 1, 0) {
		fatal("sync: Unlock of unlocked RWMutex")
	}
}

// RLocker returns a Locker interface that implements Lock and Unlock by
// calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	n int64
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int) {
	if add(&wg.n, int64(delta)) < 0 {
		panic("sync: negative WaitGroup counter")
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for wg.n > 0 {
		yield()
	}
}

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the
// first time for this instance of Once.
func (o *Once) Do(f func()) {
	if o.done == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer func() { o.done = 1 }()
		f()
	}
}
