// Package runtime: the parts of Go's runtime package a program can call
// (gosub's standard library, a subset of Go 1.19's).  The natives reach
// the VM's heap and scheduler (vm/rt_lib.c).
package runtime

// GOOS and GOARCH are the platform gosub mimics.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Compiler is the name of the toolchain that built the running binary.
const Compiler = "gc"

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types
	// that are run time errors from ordinary errors.
	RuntimeError()
}

// GC runs a garbage collection.
func GC()

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS reports the number of goroutines that can run at once; gosub
// runs one at a time.
func GOMAXPROCS(n int) int { return 1 }

// Version returns the Go version gosub follows.
func Version() string { return "go1.19" }

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// A MemStats records statistics about the memory allocator (the heap
// fields; the rest stay zero).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
}

// ReadMemStats populates m with memory allocator statistics.
//
//go:noescape
func ReadMemStats(m *MemStats)
