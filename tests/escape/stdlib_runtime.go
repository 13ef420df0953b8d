// runtime, time and os calls.
package main

import (
	"os"
	"runtime"
	"time"
)

func heapInUse() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

func elapsed() time.Duration {
	start := time.Now()
	runtime.Gosched()
	return time.Since(start)
}

func argCount() int {
	return len(os.Args)
}

func main() {
	runtime.GC()
	println(heapInUse() > 0, elapsed() >= 0, argCount() > 0, runtime.NumGoroutine())
}
