// sort.Ints/Float64s/Strings (natives running Go's pdqsort) leave equal but
// distinguishable elements (-0/+0, NaNs) exactly where Go's sort.Sort does.
package main

import (
	"fmt"
	"math"
	"sort"
)

type fs []float64

func (x fs) Len() int           { return len(x) }
func (x fs) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }
func (x fs) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func main() {
	seed := uint32(7)
	next := func() uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 }
	for _, n := range []int{0, 1, 2, 5, 12, 13, 49, 50, 51, 100, 1000, 5000} {
		a := make([]float64, n)
		b := make([]float64, n)
		for i := range a {
			switch next() % 4 {
			case 0:
				a[i] = 0
			case 1:
				a[i] = math.Copysign(0, -1)
			case 2:
				a[i] = float64(next()%5) - 2
			default:
				a[i] = math.NaN()
			}
		}
		copy(b, a)
		sort.Float64s(a)
		sort.Sort(fs(b)) // the Go-source pdqsort over a user type
		same := true
		for i := range a {
			if math.Float64bits(a[i]) != math.Float64bits(b[i]) && !(a[i] != a[i] && b[i] != b[i]) {
				same = false
			}
		}
		sig := uint64(0)
		for i, v := range a {
			if math.Signbit(v) {
				sig = sig*31 + uint64(i)
			}
		}
		fmt.Println(n, same, sig%1000003, sort.Float64sAreSorted(a))
	}
	// ints: sorted, with patterns (ascending, descending, sawtooth, equal)
	for _, n := range []int{3, 20, 64, 300, 4096} {
		for p := 0; p < 5; p++ {
			x := make([]int, n)
			for i := range x {
				switch p {
				case 0:
					x[i] = i
				case 1:
					x[i] = n - i
				case 2:
					x[i] = i % 7
				case 3:
					x[i] = 5
				default:
					x[i] = int(next() % 1000)
				}
			}
			sort.Ints(x)
			h := 0
			for i, v := range x {
				h = (h*131 + v*(i+1)) % 1000000007
			}
			fmt.Println(n, p, sort.IntsAreSorted(x), h)
		}
	}
	s := []string{"pear", "apple", "", "fig", "apple", "banana", "Fig", "ápple", "b"}
	sort.Strings(s)
	fmt.Printf("%q\n", s)
	sort.Sort(sort.Reverse(sort.IntSlice([]int{1, 2, 3})))
	y := []int{3, 1, 2}
	sort.Sort(sort.IntSlice(y))
	fmt.Println(y)
}
