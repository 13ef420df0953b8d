// Seed 2: stack space.  make([]int, 8191) is just under 64 KiB and stays on
// the stack; make([]int, 8192) is exactly 64 KiB (escapes up to Go 1.16, stays
// on the stack since Go 1.17); make([]int, n) has a size unknown at compile
// time and always escapes.
package main

import (
	"fmt"
	"math/rand"
)

func under64k() int {
	nums := make([]int, 8191)
	for i := 0; i < len(nums); i++ {
		nums[i] = rand.Int()
	}
	return nums[0] % 1000
}

func exactly64k() int {
	nums := make([]int, 8192)
	for i := 0; i < len(nums); i++ {
		nums[i] = rand.Int()
	}
	return nums[len(nums)-1] % 1000
}

func unknownSize(n int) int {
	nums := make([]int, n)
	for i := 0; i < len(nums); i++ {
		nums[i] = rand.Int()
	}
	return len(nums)
}

func main() {
	// Go 1.19's math/rand starts from seed 1, so these are deterministic.
	fmt.Println(under64k())
	fmt.Println(exactly64k())
	fmt.Println(unknownSize(1))
	fmt.Println(unknownSize(100000))
}
