package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

type W struct{ n int }

func (w *W) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

func main() {
	var w W
	fmt.Fprintf(&w, "%d %s", 12345, "abc")
	io.WriteString(&w, "xyz")
	fmt.Println(w.n, errors.New("x"), math.Pi, rand.Intn(5), len(os.Args) > 0, runtime.NumCPU() > 0)
	fmt.Println(debug.SetGCPercent(100), sort.IsSorted(sort.IntSlice{1, 2}), strconv.Itoa(3), strings.ToUpper("q"))
	var mu sync.Mutex
	var wg sync.WaitGroup
	var once sync.Once
	var rw sync.RWMutex
	mu.Lock()
	mu.Unlock()
	wg.Add(1)
	wg.Done()
	wg.Wait()
	rw.RLock()
	rw.RUnlock()
	rw.Lock()
	rw.Unlock()
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	fmt.Println(time.Duration(3723)*time.Second, unicode.IsUpper('A'), utf8.RuneLen('世'), os.ErrNotExist, math.MaxInt8)
	m := map[string]int{}
	for i := 0; i < 1000; i++ {
		m[strconv.Itoa(i)] = i
	}
	for k := range m {
		if len(k) > 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), m)
	mf := map[float64]string{math.NaN(): "nan", -1: "neg", math.Inf(1): "inf", 0: "zero"}
	fmt.Println(mf, len(mf))
	type K struct {
		A int
		B string
	}
	mk := map[K]bool{{2, "b"}: true, {1, "z"}: false, {1, "a"}: true}
	fmt.Printf("%v %+v\n", mk, mk)
	mi := map[interface{}]int{1: 1, "a": 2, 2: 3, "b": 4}
	fmt.Println(len(mi), mi[1], mi["b"])
	defer func() { fmt.Println("recovered:", recover()) }()
	var bad map[interface{}]int = map[interface{}]int{}
	bad[[]int{1}] = 1
}
