// libm.go — the C math library through //extern, loaded with
//
//	gosub run --ffi-lib=libm.so.6 programs/ffi/libm.go
//
// float64 is C double, float32 is C float, C int is int32, C long is int.
package main

import "fmt"

//extern cos
func cCos(x float64) float64

//extern sqrt
func cSqrt(x float64) float64

//extern pow
func cPow(x, y float64) float64

//extern sqrtf
func cSqrtf(x float32) float32

//extern floor
func cFloor(x float64) float64

//extern atan2
func cAtan2(y, x float64) float64

//extern hypot
func cHypot(x, y float64) float64

//extern ldexp
func cLdexp(x float64, exp int32) float64

//extern lround
func cLround(x float64) int

//extern fabsf
func cFabsf(x float32) float32

func main() {
	fmt.Println("cos(0) =", cCos(0))
	fmt.Println("sqrt(2) =", cSqrt(2))
	fmt.Println("pow(2, 10) =", cPow(2, 10))
	fmt.Println("sqrtf(2) =", cSqrtf(2))
	fmt.Println("fabsf(-1.25) =", cFabsf(-1.25))
	fmt.Println("floor(-2.5) =", cFloor(-2.5))
	fmt.Println("4*atan2(1, 1) =", 4*cAtan2(1, 1))
	fmt.Println("hypot(3, 4) =", cHypot(3, 4))
	fmt.Println("ldexp(0.75, 4) =", cLdexp(0.75, 4))
	fmt.Println("lround(-2.5) =", cLround(-2.5), "lround(2.4) =", cLround(2.4))

	// a small table; %.6f rounds away the last-bit differences between
	// C libraries
	for i := 0; i <= 4; i++ {
		x := float64(i) * 0.5
		fmt.Printf("x=%.1f cos=%9.6f sqrt=%.6f\n", x, cCos(x), cSqrt(x))
	}

	// Newton's method for sqrt(10), checked against the C result
	g := 10.0
	for i := 0; i < 8; i++ {
		g = (g + 10/g) / 2
	}
	fmt.Printf("newton %.12f, sqrt %.12f\n", g, cSqrt(10))
}
