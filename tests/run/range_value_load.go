// for _, v := range x over word and byte elements: one indexed load per
// iteration; the range still walks the header it started with.
package main

import "fmt"

type P struct{ n int }

func main() {
	ints := []int{1, 2, 3}
	fl := []float64{0.5, 1.5}
	ps := []*P{{1}, {2}}
	bs := []bool{true, false, true}
	by := []byte("abc")
	arr := [3]uint64{7, 8, 9}
	pa := &arr
	sum := 0
	for i, v := range ints {
		ints = append(ints, v*10) // not seen by this loop
		ints[len(ints)-1-i] += 0
		sum += v
	}
	f := 0.0
	for _, v := range fl {
		f += v
	}
	for _, p := range ps {
		p.n *= 3
		sum += p.n
	}
	nb := 0
	for _, b := range bs {
		if b {
			nb++
		}
	}
	s := ""
	for _, c := range by {
		s += string(c - 32)
	}
	for _, u := range arr {
		arr[2] = 100 // a range over an array reads a copy
		sum += int(u)
	}
	for _, u := range pa {
		sum += int(u)
	}
	fmt.Println(sum, f, nb, s, ints)
}
