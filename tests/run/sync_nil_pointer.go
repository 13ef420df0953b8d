package main

// Natives that dereference a pointer argument (sync, sync/atomic,
// runtime.ReadMemStats) give Go's nil-pointer panic, never a C crash.

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	var mu *sync.Mutex
	var rw *sync.RWMutex
	var wg *sync.WaitGroup
	var once *sync.Once
	var i32 *int32
	var i64 *int64
	var u32 *uint32
	var u64 *uint64
	var ms *runtime.MemStats
	try("Mutex.Lock", func() { mu.Lock() })
	try("Mutex.Unlock", func() { mu.Unlock() })
	try("RWMutex.RLock", func() { rw.RLock() })
	try("RWMutex.Lock", func() { rw.Lock() })
	try("WaitGroup.Add", func() { wg.Add(1) })
	try("WaitGroup.Wait", func() { wg.Wait() })
	try("Once.Do", func() { once.Do(func() {}) })
	try("AddInt32", func() { atomic.AddInt32(i32, 1) })
	try("LoadInt64", func() { atomic.LoadInt64(i64) })
	try("StoreUint32", func() { atomic.StoreUint32(u32, 1) })
	try("SwapUint64", func() { atomic.SwapUint64(u64, 1) })
	try("CompareAndSwapInt32", func() { atomic.CompareAndSwapInt32(i32, 0, 1) })
	try("ReadMemStats", func() { runtime.ReadMemStats(ms) })
	mu.Lock()
}
