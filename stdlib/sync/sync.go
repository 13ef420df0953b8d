// Package sync: mutual exclusion and waiting for goroutines (gosub's
// standard library, Go 1.19 API, with Go's struct sizes).
//
// Every state change is one native call, and natives never switch
// goroutines, so each change is atomic.  A goroutine that must wait checks
// its condition and parks on a semaphore word in the same native call
// (lockOrPark, zeroOrPark), so no wakeup is lost; the goroutine that
// changes the state wakes every waiter, and each one checks again.  The
// scheduler sees parked goroutines as blocked and so detects deadlocks the
// way Go does ("goroutine 1 [semacquire]:").  Unlocking an unlocked mutex
// stops the program with Go's fatal error.
package sync

// yield lets other goroutines run before the caller continues.
func yield()

// lockOrPark: if *state == 0 { *state = 1; return true }; otherwise park
// on sema and return false.
//
//go:noescape
func lockOrPark(state *int32, sema *uint32) bool

// unlockAndWake: if *state == 1 { *state = 0; wake sema; return true }.
//
//go:noescape
func unlockAndWake(state *int32, sema *uint32) bool

// zeroOrPark: true if *n == 0; otherwise park on sema and return false.
//
//go:noescape
func zeroOrPark(n *int64, sema *uint32) bool

// wake readies every goroutine parked on sema.
//
//go:noescape
func wake(sema *uint32)

// cas: if *p == old { *p = new; return true }; atomically.
//
//go:noescape
func cas(p *int32, old, new int32) bool

// add: *p += delta, returning the new value; atomically.
//
//go:noescape
func add(p *int64, delta int64) int64

// fatal stops the program with msg.
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
	for !lockOrPark(&m.state, &m.sema) {
	}
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	return cas(&m.state, 0, 1)
}

// Unlock unlocks m.
func (m *Mutex) Unlock() {
	if !unlockAndWake(&m.state, &m.sema) {
		fatal("sync: unlock of unlocked mutex")
	}
}

// An RWMutex is a reader/writer mutual exclusion lock: any number of
// readers or a single writer.
type RWMutex struct {
	w       Mutex  // held by the writer, and by readers while they enter
	readers int64  // readers inside
	sema    uint32 // the writer waits here for the readers to leave
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	rw.w.Lock()
	add(&rw.readers, 1)
	rw.w.Unlock()
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	add(&rw.readers, 1)
	rw.w.Unlock()
	return true
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	n := add(&rw.readers, -1)
	if n < 0 {
		add(&rw.readers, 1)
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	if n == 0 {
		wake(&rw.sema)
	}
}

// Lock locks rw for writing, waiting for the readers to leave.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	for !zeroOrPark(&rw.readers, &rw.sema) {
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if add(&rw.readers, 0) != 0 {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	if !unlockAndWake(&rw.w.state, &rw.w.sema) {
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
	n    int64
	sema uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter; when
// it reaches zero every goroutine blocked in Wait is released.
func (wg *WaitGroup) Add(delta int) {
	n := add(&wg.n, int64(delta))
	if n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if n == 0 {
		wake(&wg.sema)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for !zeroOrPark(&wg.n, &wg.sema) {
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
