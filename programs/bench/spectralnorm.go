// spectralnorm: float64 loops over slices and a function call per element.
package main

import (
	"fmt"
	"math"
)

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func timesVec(v, u []float64) {
	for i := range v {
		s := 0.0
		for j := range u {
			s += evalA(i, j) * u[j]
		}
		v[i] = s
	}
}

func timesTransp(v, u []float64) {
	for i := range v {
		s := 0.0
		for j := range u {
			s += evalA(j, i) * u[j]
		}
		v[i] = s
	}
}

func aTimesTransp(v, u, tmp []float64) {
	timesVec(tmp, u)
	timesTransp(v, tmp)
}

func main() {
	n := 1200
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		aTimesTransp(v, u, tmp)
		aTimesTransp(u, v, tmp)
	}
	var vBv, vv float64
	for i := 0; i < n; i++ {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", math.Sqrt(vBv/vv))
}
