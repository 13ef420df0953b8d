package main

import (
	"fmt"
	"math/rand"
)

func main() {
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += rand.Intn(1000)
	}
	fmt.Println(sum)
	fmt.Println(rand.Int63(), rand.Int31(), rand.Uint64())
	fmt.Printf("%.6f %.6f\n", rand.NormFloat64(), rand.ExpFloat64())
	p := rand.Perm(10)
	fmt.Println(p)
}
