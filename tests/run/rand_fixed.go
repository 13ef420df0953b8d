package main

import (
	"fmt"
	"math/rand"
)

func main() {
	// Go 1.19: the global source starts as if seeded with 1.
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31n(10), rand.Uint32())
	fmt.Println(rand.Float64(), rand.Perm(5))
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(1000), r.Intn(1000), r.Int63n(1e12), r.Float64())
	a := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
	fmt.Println(a)
	rand.Seed(7)
	x := make([]int, 10)
	for i := range x {
		x[i] = rand.Intn(10)
	}
	fmt.Println(x)
	rand.Seed(7)
	fmt.Println(rand.Intn(10) == x[0])
	hist := make([]int, 6)
	r2 := rand.New(rand.NewSource(2023))
	for i := 0; i < 6000; i++ {
		hist[r2.Intn(6)]++
	}
	fmt.Println(hist)
	fmt.Println(r2.Int31(), r2.Uint64(), r2.Int63n(5), r2.Float32())
}
