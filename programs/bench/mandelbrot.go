// mandelbrot: float64 inner loop; counts the points inside the set.
package main

import "fmt"

func main() {
	const size = 1200
	const iter = 50
	inside := 0
	for y := 0; y < size; y++ {
		ci := 2.0*float64(y)/size - 1.0
		for x := 0; x < size; x++ {
			cr := 2.0*float64(x)/size - 1.5
			zr, zi := 0.0, 0.0
			i := 0
			for ; i < iter; i++ {
				tr := zr*zr - zi*zi + cr
				ti := 2.0*zr*zi + ci
				zr, zi = tr, ti
				if zr*zr+zi*zi > 4.0 {
					break
				}
			}
			if i == iter {
				inside++
			}
		}
	}
	fmt.Println(inside)
}
