package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var c atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 1)
				c.Add(2)
			}
		}()
	}
	wg.Wait()
	var u uint32 = 5
	ok := atomic.CompareAndSwapUint32(&u, 5, 7)
	v1 := u
	old := atomic.SwapUint32(&u, 1)
	fmt.Println(atomic.LoadInt64(&n), c.Load(), ok, v1, old, u)
	var b atomic.Bool
	b.Store(true)
	fmt.Println(b.Load(), atomic.AddInt32(new(int32), -3))
}
