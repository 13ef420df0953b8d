// Fused instructions (multiply-add, operands and destinations in memory,
// paired moves, the math.Sqrt intrinsic) give exactly Go's results: two
// roundings where an FMA would give one, wrap-around on word integers,
// Go's evaluation order where an operand has an effect.
package main

import (
	"fmt"
	"math"
)

type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

type Cnt struct {
	n    int
	u    uint64
	s32  int32
	f    float64
	next *Cnt
}

func bump(c *Cnt) int {
	c.n += 100
	return 1
}

func main() {
	// x*y + z with x*y inexact: an FMA would keep -2^-60
	x, y, z := 1+1.0/(1<<30), 1-1.0/(1<<30), -1.0
	fmt.Println(x*y+z, z+x*y, x*y-1, 1-x*y, -(x*y)+1)
	fmt.Printf("%.17g %.17g\n", x*y*2+z*3, z*z-x*y)
	acc := -1.0
	acc += x * y
	acc2 := 1.0
	acc2 -= x * y
	fmt.Println(acc, acc2)
	a, b := 0.1, 0.2
	fmt.Printf("%.17g %.17g %.17g\n", a*b+a, a-b*a, a*a-b*b)

	// operands in memory, through pointers and of a variable in memory
	bs := []Body{{1, 2, 3, 0, 0, 0, 5}, {4, 6, 8, 0, 0, 0, 7}}
	p, q := &bs[0], &bs[1]
	dx := p.x - q.x
	dy := p.y - q.y
	dz := p.z - q.z
	d2 := dx*dx + dy*dy + dz*dz
	mag := 0.01 / (d2 * math.Sqrt(d2))
	p.vx -= dx * q.mass * mag
	p.vy -= dy * q.mass * mag
	q.vz += dz * p.mass * mag
	q.vx *= 3
	q.vx /= 7
	fmt.Printf("%.17g %.17g %.17g %.17g %.17g\n", d2, mag, p.vx, p.vy, q.vz)
	fmt.Printf("%.17g %.17g\n", q.vx, dx/q.mass)
	var v Body
	vp := &v
	v.x = 2
	v.x += 0.5 * v.x
	vp.y -= v.x * v.x
	fmt.Println(v.x, v.y, math.Sqrt(v.x*8), math.Sqrt(-v.x), math.Sqrt(2))

	// word-sized integers wrap; narrower fields are not fused
	c := &Cnt{n: math.MaxInt64, u: 1, s32: math.MaxInt32}
	c.n += 1
	c.u -= 2
	c.s32 += 1
	k := 3
	c.n -= k * 5
	fmt.Println(c.n, c.u, c.s32, k*c.n, k+c.n, k-c.n, c.u*3)
	// an operand with an effect: Go reads c.n before calling bump
	c.n = 1
	c.n += bump(c)
	fmt.Println(c.n)
	c.f = 1.5
	c.f += float64(c.n) * 2
	fmt.Println(c.f)

	// paired moves: the second sees the first
	s, t := 1, 2
	for i := 0; i < 10; i++ {
		s, t = t, s+t
	}
	u, w := 3.0, 4.0
	u, w = w, u
	fmt.Println(s, t, u, w)
}
