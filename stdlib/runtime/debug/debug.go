// Package debug: the runtime/debug controls gosub supports (a subset of
// Go 1.19's): the collector's target percentage and the stack limit.
package debug

import "runtime"

// SetGCPercent sets the garbage collection target percentage and returns
// the previous setting; a negative percentage disables collection.
func SetGCPercent(percent int) int

// SetMaxStack sets the maximum amount of memory that can be used by a
// single goroutine stack and returns the previous setting.
func SetMaxStack(bytes int) int

// FreeOSMemory forces a garbage collection.
func FreeOSMemory() {
	runtime.GC()
}
