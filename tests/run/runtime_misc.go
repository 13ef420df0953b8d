package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
)

type blob struct {
	data [64]byte
	next *blob
}

func churn(n int) int {
	var head *blob
	for i := 0; i < n; i++ {
		head = &blob{next: head}
		head.data[0] = byte(i)
	}
	c := 0
	for b := head; b != nil; b = b.next {
		c += int(b.data[0])
	}
	return c
}

func main() {
	fmt.Println(len(os.Args), runtime.NumGoroutine())
	old := debug.SetGCPercent(50)
	fmt.Println("old GOGC", old)
	fmt.Println(churn(20000))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > 0, ms.HeapAlloc > 0, ms.Mallocs >= ms.Frees)
	debug.SetGCPercent(old)
	runtime.Gosched()
	fmt.Println(churn(10))
	fmt.Fprintln(os.Stdout, "done")
}
