package main

// s[i], s[j] = s[j], s[i] (one swap instruction for 8-byte elements):
// element types, i == j, and which index a bad swap reports (Go checks i
// first, then j).

import "fmt"

type P struct{ x int }

func try(s []int, i, j int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	s[i], s[j] = s[j], s[i]
	fmt.Println(s)
}

func main() {
	a := []int{1, 2, 3, 4}
	i, j := 0, 3
	for i < j {
		a[i], a[j] = a[j], a[i]
		i, j = i+1, j-1
	}
	fmt.Println(a)
	f := []float64{0.5, 1.5}
	x, y := 0, 1
	f[x], f[y] = f[y], f[x]
	fmt.Println(f)
	ps := []*P{{1}, {2}}
	ps[x], ps[y] = ps[y], ps[x]
	fmt.Println(ps[0].x, ps[1].x)
	b := []byte("ab")
	b[x], b[y] = b[y], b[x]
	fmt.Println(string(b))
	try([]int{7, 8}, 1, 1)
	try([]int{7, 8}, 0, 5)
	try([]int{7, 8}, 5, 0)
	try([]int{7, 8}, 5, 6)
	try([]int{7, 8}, -1, 0)
}

func init() {
	// other element sizes take the same path
	type pair struct{ a, b int32 }
	ps := []pair{{1, 2}, {3, 4}, {5, 6}}
	i, j := 0, 2
	ps[i], ps[j] = ps[j], ps[i]
	bs := []byte("xyz")
	bs[i], bs[j] = bs[j], bs[i]
	ss := []string{"p", "q", "r"}
	ss[i], ss[j] = ss[j], ss[i]
	fmt.Println(ps, string(bs), ss)
	defer func() { fmt.Println("panic:", recover()) }()
	k, l := 7, 9
	bs[k], bs[l] = bs[l], bs[k]
}
