// Objects reachable from only one root each survive collections (run it
// with --gc-stress: a collection at every allocation): a stack frame, a
// global, a channel buffer, a closure, a map key and value, a parked
// goroutine's stack (blocked on a channel, in select, on a mutex,
// sleeping), a pending defer's arguments and closure, an interface.  churn
// forces collections and reuses freed memory with other contents, so a
// wrongly freed object would show a wrong checksum.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type obj struct {
	id   int
	tag  string
	vals []int
	next *obj
}

func mk(id int) *obj {
	o := &obj{id: id, tag: fmt.Sprint("obj-", id), vals: make([]int, 16)}
	for i := range o.vals {
		o.vals[i] = id*100 + i
	}
	o.next = &obj{id: -id, tag: "child"}
	return o
}

func (o *obj) check() string {
	if o == nil {
		return "nil!"
	}
	s := 0
	for _, v := range o.vals {
		s += v
	}
	ok := o.tag == fmt.Sprint("obj-", o.id) && s == o.id*1600+120 &&
		o.next != nil && o.next.id == -o.id && o.next.tag == "child"
	if ok {
		return fmt.Sprint(o.id, " ok")
	}
	return fmt.Sprint(o.id, " CORRUPT ", o.tag, " ", s)
}

var sink []*obj

func churn() {
	runtime.GC()
	for i := 0; i < 200; i++ {
		o := &obj{id: 999, tag: "garbage", vals: make([]int, 16)}
		for j := range o.vals {
			o.vals[j] = -1
		}
		o.next = o
		if i%50 == 0 {
			sink = append(sink[:0], o)
		}
	}
	sink = nil
	runtime.GC()
}

var global *obj

func main() {
	// a stack frame
	local := mk(1)
	churn()
	fmt.Println("stack:", local.check())

	// a global
	global = mk(2)
	churn()
	fmt.Println("global:", global.check())
	global = nil

	// a channel buffer
	ch := make(chan *obj, 3)
	ch <- mk(3)
	ch <- mk(4)
	churn()
	fmt.Println("chan buffer:", (<-ch).check(), (<-ch).check())

	// a closure (captured by reference, the closure kept only in a var)
	get := func() func() *obj {
		captured := mk(5)
		return func() *obj { return captured }
	}()
	churn()
	fmt.Println("closure:", get().check())

	// a map value and a map key
	m := map[string]*obj{"a": mk(6)}
	keys := map[*obj]int{mk(7): 7}
	churn()
	for k := range keys {
		fmt.Println("map:", m["a"].check(), k.check())
	}

	// parked goroutines' stacks
	release := make(chan bool)
	results := make(chan string, 8)
	go func() {
		p := mk(8)
		<-release
		results <- "chan receive: " + p.check()
	}()
	go func() {
		p := mk(9)
		select {
		case <-release:
		}
		results <- "select: " + p.check()
	}()
	sendq := make(chan *obj)
	go func() { sendq <- mk(10) }() // the value waits in the sender's frame
	var mu sync.Mutex
	mu.Lock()
	go func() {
		p := mk(11)
		mu.Lock()
		results <- "semacquire: " + p.check()
		mu.Unlock()
	}()
	go func() {
		p := mk(12)
		time.Sleep(20 * time.Millisecond)
		results <- "sleep: " + p.check()
	}()
	runtime.Gosched()
	churn()
	fmt.Println("blocked send:", (<-sendq).check())
	release <- true
	release <- true
	mu.Unlock()
	got := map[string]bool{}
	for i := 0; i < 4; i++ {
		got[<-results] = true
	}
	fmt.Println(got)

	// pending defers: arguments and a closure
	func() {
		defer func(o *obj) { fmt.Println("defer arg:", o.check()) }(mk(13))
		p := mk(14)
		defer func() { fmt.Println("defer closure:", p.check()) }()
		churn()
	}()

	// an interface holding a pointer, and a slice of them in a struct
	var any interface{} = mk(15)
	type holder struct{ items []*obj }
	h := &holder{items: []*obj{mk(16), mk(17)}}
	churn()
	fmt.Println("interface:", any.(*obj).check(), h.items[0].check(), h.items[1].check())
	fmt.Println("stack again:", local.check())
}
