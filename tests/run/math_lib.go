package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(0), math.Sqrt(1e100))
	fmt.Println(math.Abs(-3.5), math.Abs(math.Inf(-1)), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Floor(1.7), math.Floor(-1.7), math.Ceil(1.2), math.Ceil(-1.2), math.Trunc(1e300))
	fmt.Println(math.Round(0.5), math.Round(-0.5), math.Round(1.4999), math.RoundToEven(2.5), math.RoundToEven(3.5))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Max(-0.0, 0), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Pow(0, 0), math.Pow(2, -1), math.Pow(-8, 1.0/3), math.Pow(10, 308), math.Pow(10, 309))
	fmt.Printf("%.10f %.10f %.10f\n", math.Exp(2), math.Log(10), math.Log1p(1e-10))
	fmt.Printf("%.10f %.10f %.10f %.10f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Asin(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))
	fmt.Println(math.Mod(10, 3), math.Mod(-10, 3), math.Mod(10, -3), math.Remainder(10, 3))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(-3.75)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4), ip, fp)
	fmt.Println(math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 1), math.IsInf(1, 0), math.IsNaN(math.Log(-1)))
	fmt.Println(math.MaxUint32, math.MaxInt16, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Float64bits(-0.0), math.Float64bits(math.Inf(1)), math.Float32bits(0.1))
	fmt.Println(math.Log2(8), math.Log10(1000), math.Exp2(10), math.Cbrt(-27))
	fmt.Println(math.Hypot(5, 12), math.Atan(1)*4 == math.Pi, math.Atan2(-1, -1))
	// Newton's method vs math.Sqrt
	for _, x := range []float64{2, 10, 12345} {
		z := x
		for i := 0; i < 20; i++ {
			z -= (z*z - x) / (2 * z)
		}
		fmt.Printf("%.12f %.12f %v\n", z, math.Sqrt(x), math.Abs(z-math.Sqrt(x)) < 1e-9)
	}
}
