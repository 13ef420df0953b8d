package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 24
	a := make([][]float64, n)
	b := make([][]float64, n)
	for i := 0; i < n; i++ {
		a[i] = make([]float64, n)
		b[i] = make([]float64, n)
		for j := 0; j < n; j++ {
			a[i][j] = float64(i + j)
			b[i][j] = float64(i - j)
		}
	}
	c := make([][]float64, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			row := make([]float64, n)
			for j := 0; j < n; j++ {
				for k := 0; k < n; k++ {
					row[j] += a[i][k] * b[k][j]
				}
			}
			c[i] = row
		}(i)
	}
	wg.Wait()
	trace := 0.0
	for i := 0; i < n; i++ {
		trace += c[i][i]
	}
	fmt.Println(c[0][:4], c[n-1][n-4:], trace)
}
