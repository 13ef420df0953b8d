package main

import (
	"fmt"
	"math"
)

// math.Gamma, Erf and Erfc give Go's own bits (gamma.go, erf.go), not the
// C library's: every range of their algorithms, special values included.
func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, 2, 2.5, 3, 0.5, -0.5, -1, -1.5, 1e-10, -1e-10,
		2.694232012257256e-10, 5, 10.1, 33, 33.5, -33.5, 40, 150, 171.5, 172, 180, 200.5, -170.5,
		-180.5, 0.84, 0.85, 1.24, 1.26, 2.8, 2.9, 5.9, 6.1, -6.1, 27.9, 28.1, 1e-30, 3e-306,
		math.Inf(1), math.Inf(-1), math.NaN()}
	seed := uint64(12345)
	for i := 0; i < 60; i++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		x := float64(int64(seed>>11)%20000-10000) / float64(1+(seed>>40)%997)
		vals = append(vals, x)
	}
	for _, x := range vals {
		fmt.Println(x, math.Gamma(x), math.Erf(x), math.Erfc(x))
	}
}
