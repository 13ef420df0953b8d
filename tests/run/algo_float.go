package main

import (
	"fmt"
	"math"
)

func main() {
	a := 0.1
	b := 0.2
	fmt.Println(a+b, a+b == 0.3, 1/3.0, 2.0/3)
	fmt.Println(float32(0.1), float32(1)/3, float64(float32(0.1)))
	fmt.Println(1e21, 1e20, 123456789.0, 1e-7, 0.000001, 100.0)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.MaxFloat64, math.SmallestNonzeroFloat64)
	var z float64
	fmt.Println(1/z, -1/z, z/z, -z, math.Inf(1)-math.Inf(1))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, math.IsNaN(nan))
	fmt.Printf("%f %.3f %e %E %g %G %8.2f|%-8.2f|%+.1f\n", math.Pi, math.Pi, 123456.789, 0.000123, 1e100, 1e-10, 3.14159, 2.5, 7.0)
	fmt.Printf("%v %v %v %v\n", 3.0, 2.5e-5, float32(16777216), 1e6)
	f1, f2, f3 := 3.99, -3.99, 255.9
	fmt.Println(int(f1), int(f2), int64(1e18), uint8(int(f3)))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Abs(-0.0), math.Max(3, 7), math.Min(-1, 2))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(1), math.Cos(1), math.Atan2(1, 1))
	sum := 0.0
	for i := 1; i <= 1000000; i++ {
		sum += 1.0 / float64(i)
	}
	fmt.Println(sum)
	var f32 float32 = 16777216
	f32++
	fmt.Println(f32, f32+2, math.Float64bits(1.0), math.Float32bits(-2))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Exp(1) == math.E)
	x := 1.0
	for i := 0; i < 1100; i++ {
		x *= 2
	}
	fmt.Println(x, -x, x*0)
}
