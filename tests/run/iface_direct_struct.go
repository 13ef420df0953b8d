// A struct of one pointer-shaped field, or an array of one such element,
// is held in an interface directly, as Go does (types.IsDirectIface):
// boxing it allocates nothing.  Everything an interface does with it:
// methods (value and pointer receivers), assertions, type switches,
// equality, map keys, fmt, errors.As.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
)

type T struct{ n int }

type W struct{ p *T }

func (w W) Get() int     { return w.p.n }
func (w W) Error() string { return fmt.Sprint("W", w.p.n) }

type A [1]*T

func (a A) Get() int { return a[0].n * 10 }

type N struct{ w W }

func (n N) Get() int { return n.w.p.n * 100 }

type M struct{ m map[string]int }

func (m M) Get() int { return len(m.m) }

type F struct{ f func() int }

func (f F) Get() int { return f.f() }

type Getter interface{ Get() int }

// methods promoted through the embedded pointer of a one-field struct
type SP struct{ *T }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int { return t.n * 2 }

type VP interface {
	Val() int
	Ptr() int
}

type Outer struct{ W }

type PW struct{ p *T }

func (p *PW) Get() int { return p.p.n + 1000 }

var sink []interface{}

//go:noinline
func box(v interface{}) { sink = append(sink[:0], v) }

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	debug.SetGCPercent(-1)
	sink = make([]interface{}, 0, 4)
	t := &T{7}
	w := W{t}
	a := A{t}
	n := N{w}
	mm := M{map[string]int{"a": 1, "b": 2}}
	ff := F{func() int { return 42 }}
	box(w)
	before := mallocs()
	for i := 0; i < 100; i++ {
		box(w)
		box(a)
		box(n)
		box(mm)
	}
	fmt.Println("mallocs for 400 boxings:", mallocs()-before)
	gs := []Getter{w, a, n, mm, ff, &PW{t}}
	for _, g := range gs {
		fmt.Println(g.Get())
	}
	var e interface{} = w
	w2, ok := e.(W)
	fmt.Println(w2.p.n, ok, w2 == w, e == interface{}(W{t}), e == interface{}(W{&T{7}}))
	_, ok = e.(A)
	fmt.Println(ok)
	switch v := e.(type) {
	case A:
		fmt.Println("A", v[0].n)
	case W:
		fmt.Println("W", v.p.n)
	}
	keys := map[interface{}]string{w: "w", a: "a", n: "n"}
	fmt.Println(keys[W{t}], keys[A{t}], keys[N{W{t}}], len(keys))
	var err error = w
	var target W
	fmt.Println(errors.As(err, &target), target.p.n, err)
	fmt.Printf("%v %+v %T %T\n", w.p.n, a[0].n, w, a)
	var nilw W
	var e2 interface{} = nilw
	fmt.Println(e2 == interface{}(W{}), e2.(W).p == nil)
	fmt.Println(fmt.Sprintf("%v", []interface{}{n.w.p.n, A{nil}}) != "")
	var vp VP = SP{t}
	fmt.Println(vp.Val(), vp.Ptr())
	vp = &SP{t}
	fmt.Println(vp.Val(), vp.Ptr())
	var og Getter = Outer{w}
	fmt.Println(og.Get(), og.(Outer).p.n)
	defer func() { fmt.Println("recovered:", recover()) }()
	var g Getter = W{}
	fmt.Println(g.Get())
}
