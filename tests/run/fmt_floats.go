package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e7, 1e20, 1e21, 1.5e-4, 1e-5, 123456789.123, math.Pi * 1e10, math.MaxInt64, -0.0}
	for _, v := range vals {
		fmt.Printf("%v|%g|%.3g|%e|%.2f|%8.3f|%-10.1e|%G\n", v, v, v, v, v, v, v, v)
	}
	f32s := []float32{0.1, 1.0 / 3, 16777217, 3.4e38, 1e-45}
	for _, v := range f32s {
		fmt.Printf("%v %g %.10f %e\n", v, v, v, v)
	}
	fmt.Println(f32s)
	fmt.Printf("%6.2f|%-8.3f|%+.1f|% .2f|%08.2f|%+08.2f\n", 3.14159, 2.71828, 1.0, 1.5, -2.5, 2.5)
	fmt.Printf("%.0f %.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5, 3.5)
	fmt.Printf("%.1f %.1f %.2f %.2f\n", 0.05, 0.15, 1.005, 2.675)
	fmt.Printf("%v %v %v\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%5.1f|%-6v|%+v|%08.3f\n", math.Inf(1), math.NaN(), math.Inf(1), math.Inf(-1))
	fmt.Printf("%x %X %b\n", 1.0, 0.5, 2.0)
	fmt.Println(1e100, 1e-100, 5e-324, 123e-2, float32(1e10))
	fmt.Printf("%#g %#.3g %#v %#v\n", 1.0, 2.0, 1.0, 1e21)
	fmt.Printf("%T %T\n", 1e3, float32(1))
	fmt.Println(fmt.Sprintf("%.15f", 0.1), fmt.Sprintf("%.20g", 0.1))
	fmt.Println(fmt.Sprint(1.0), fmt.Sprint(float32(0.2)), fmt.Sprint(2.0e-7))
}
