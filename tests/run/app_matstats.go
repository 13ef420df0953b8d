// Matrices and statistics: a small dense matrix type with methods,
// Gaussian elimination, determinant and inverse, then descriptive
// statistics, a linear regression, and a histogram, with float formatting.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Matrix struct {
	r, c int
	a    []float64
}

func New(r, c int) *Matrix { return &Matrix{r, c, make([]float64, r*c)} }

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, row := range rows {
		copy(m.a[i*m.c:], row)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.a[i*m.c+j] }
func (m *Matrix) Set(i, j int, v float64) { m.a[i*m.c+j] = v }

func (m *Matrix) Mul(n *Matrix) (*Matrix, error) {
	if m.c != n.r {
		return nil, fmt.Errorf("mul: %dx%d by %dx%d", m.r, m.c, n.r, n.c)
	}
	out := New(m.r, n.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < n.c; j++ {
			var s float64
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * n.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.r; i++ {
		b.WriteString("[")
		for j := 0; j < m.c; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			v := m.At(i, j)
			if math.Abs(v) < 1e-12 {
				v = 0
			}
			fmt.Fprintf(&b, "%8.4f", v)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

var ErrSingular = errors.New("matrix is singular")

func (m *Matrix) Inverse() (*Matrix, float64, error) {
	n := m.r
	aug := New(n, 2*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			aug.Set(i, j, m.At(i, j))
		}
		aug.Set(i, n+i, 1)
	}
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(aug.At(r, col)) > math.Abs(aug.At(pivot, col)) {
				pivot = r
			}
		}
		if math.Abs(aug.At(pivot, col)) < 1e-12 {
			return nil, 0, ErrSingular
		}
		if pivot != col {
			for j := 0; j < 2*n; j++ {
				x, y := aug.At(col, j), aug.At(pivot, j)
				aug.Set(col, j, y)
				aug.Set(pivot, j, x)
			}
			det = -det
		}
		p := aug.At(col, col)
		det *= p
		for j := 0; j < 2*n; j++ {
			aug.Set(col, j, aug.At(col, j)/p)
		}
		for r := 0; r < n; r++ {
			if r == col {
				continue
			}
			f := aug.At(r, col)
			for j := 0; j < 2*n; j++ {
				aug.Set(r, j, aug.At(r, j)-f*aug.At(col, j))
			}
		}
	}
	inv := New(n, n)
	for i := 0; i < n; i++ {
		copy(inv.a[i*n:(i+1)*n], aug.a[i*2*n+n:(i+1)*2*n])
	}
	return inv, det, nil
}

type Summary struct {
	N                          int
	Mean, Median, Std, Min, Max float64
}

func Describe(xs []float64) Summary {
	s := Summary{N: len(xs), Min: math.Inf(1), Max: math.Inf(-1)}
	sorted := append([]float64(nil), xs...)
	sort.Float64s(sorted)
	for _, x := range xs {
		s.Mean += x
		s.Min = math.Min(s.Min, x)
		s.Max = math.Max(s.Max, x)
	}
	s.Mean /= float64(len(xs))
	for _, x := range xs {
		s.Std += (x - s.Mean) * (x - s.Mean)
	}
	s.Std = math.Sqrt(s.Std / float64(len(xs)-1))
	if n := len(sorted); n%2 == 1 {
		s.Median = sorted[n/2]
	} else {
		s.Median = (sorted[n/2-1] + sorted[n/2]) / 2
	}
	return s
}

func regress(xs, ys []float64) (slope, icept, r2 float64) {
	n := float64(len(xs))
	var sx, sy, sxx, sxy, syy float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
		sxx += xs[i] * xs[i]
		sxy += xs[i] * ys[i]
		syy += ys[i] * ys[i]
	}
	slope = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	icept = (sy - slope*sx) / n
	r := (n*sxy - sx*sy) / math.Sqrt((n*sxx-sx*sx)*(n*syy-sy*sy))
	return slope, icept, r * r
}

func main() {
	a := FromRows([][]float64{{4, -2, 1}, {-2, 4, -2}, {1, -2, 4}})
	fmt.Print("A =\n", a)
	inv, det, err := a.Inverse()
	fmt.Printf("det = %.6f, err = %v\n", det, err)
	fmt.Print("inv(A) =\n", inv)
	id, _ := a.Mul(inv)
	fmt.Print("A*inv(A) =\n", id)
	_, _, err = FromRows([][]float64{{1, 2}, {2, 4}}).Inverse()
	fmt.Println("singular:", err, errors.Is(err, ErrSingular))
	_, err = a.Mul(New(2, 2))
	fmt.Println(err)

	data := []float64{2.5, 3.1, 4.7, 1.2, 9.9, 5.5, 6.0, 3.3, 7.8, 4.4, 0.6}
	s := Describe(data)
	fmt.Printf("%+v\n", s)
	fmt.Printf("mean=%.3f median=%g std=%8.4f range=[%v, %v]\n", s.Mean, s.Median, s.Std, s.Min, s.Max)
	fmt.Printf("%e %E %.2e %g %G\n", s.Std, s.Mean*1e6, s.Max/1e9, s.Mean*1e-7, 1e21)

	xs := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	ys := make([]float64, len(xs))
	for i, x := range xs {
		ys[i] = 2.5*x + 1 + math.Sin(x)/2
	}
	m, b, r2 := regress(xs, ys)
	fmt.Printf("y = %.4fx + %.4f (r^2 = %.5f)\n", m, b, r2)

	buckets := make([]int, 5)
	for _, x := range data {
		i := int(x / 2)
		if i >= len(buckets) {
			i = len(buckets) - 1
		}
		buckets[i]++
	}
	for i, n := range buckets {
		fmt.Printf("[%4.1f,%4.1f) %-6s %d\n", float64(i*2), float64(i*2+2), strings.Repeat("#", n), n)
	}
	fmt.Println(math.Sqrt(-1), math.Inf(1), -math.Inf(1), math.MaxInt64, math.Pi)
	fmt.Printf("%v %.0f %.1f %5.2f%% %x\n", 1.0/3, 2.5, 0.05, 12.345, 255)
	fmt.Println(float32(0.1), 1e6, 1e20, 1e21, 123456789.0, 0.000001, 0.0000001)
}
