// callcost.go — what one //extern call costs under gosub, next to the
// same kind of call into the standard library's C natives:
//
//	make build/libmylib.so
//	./gosub run --ffi-lib=build/libmylib.so programs/ffi/callcost.go time
//
// prints calls per second for: an empty loop; a Go function add(a, b)
// (bytecode); the extern C my_add(a, b) (programs/ffi/mylib.c, libffi);
// C's floor through //extern (libffi) and math.Floor, a native that
// calls the same C floor (no libffi).  Without "time" it runs a few
// iterations and prints only the checksums (the test).
package main

import (
	"fmt"
	"math"
	"os"
	"time"
)

//extern my_add
func cAdd(a, b int64) int64

//extern floor
func cFloor(x float64) float64

func goAdd(a, b int64) int64 { return a + b }

const n = 5000000

func report(name string, start time.Time, iters int) {
	d := time.Since(start)
	ns := float64(d.Nanoseconds()) / float64(iters)
	fmt.Printf("%-22s %7.1f ns/iter  %6.2f M/s\n", name, ns, 1e3/ns)
}

func main() {
	timed := len(os.Args) > 1 && os.Args[1] == "time"
	iters := 1000
	if timed {
		iters = n
	}

	start := time.Now()
	s := int64(0)
	for i := 0; i < iters; i++ {
		s += int64(i)
	}
	if timed {
		report("empty loop", start, iters)
	}
	sums := []int64{s}

	start = time.Now()
	s = 0
	for i := 0; i < iters; i++ {
		s = goAdd(s, int64(i))
	}
	if timed {
		report("Go add(a, b)", start, iters)
	}
	sums = append(sums, s)

	start = time.Now()
	s = 0
	for i := 0; i < iters; i++ {
		s = cAdd(s, int64(i))
	}
	if timed {
		report("extern my_add(a, b)", start, iters)
	}
	sums = append(sums, s)

	start = time.Now()
	f := 0.0
	for i := 0; i < iters; i++ {
		f += cFloor(float64(i) * 0.5)
	}
	if timed {
		report("extern floor(x)", start, iters)
	}
	g := 0.0
	start = time.Now()
	for i := 0; i < iters; i++ {
		g += math.Floor(float64(i) * 0.5)
	}
	if timed {
		report("native math.Floor(x)", start, iters)
	}
	if !timed {
		fmt.Println(sums, f, g, f == g)
	}
}
