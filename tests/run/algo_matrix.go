package main

import "fmt"

type Matrix [][]float64

func newMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	res := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			res[i][j] = s
		}
	}
	return res
}

func identity(n int) Matrix {
	m := newMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

type Mat2 [2][2]int64

func (a Mat2) mul(b Mat2) Mat2 {
	var r Mat2
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			r[i][j] = a[i][0]*b[0][j] + a[i][1]*b[1][j]
		}
	}
	return r
}

func fibMat(n int) int64 {
	result := Mat2{{1, 0}, {0, 1}}
	base := Mat2{{1, 1}, {1, 0}}
	for n > 0 {
		if n&1 == 1 {
			result = result.mul(base)
		}
		base = base.mul(base)
		n >>= 1
	}
	return result[0][1]
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(a.Mul(b))
	fmt.Println(b.Mul(a))
	fmt.Println(identity(3).Mul(Matrix{{1.5}, {-2}, {0.25}}))
	fmt.Println(fibMat(10), fibMat(50), fibMat(92))
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	g2 := grid
	g2[2][3] = 100
	fmt.Println(grid, g2)
}
