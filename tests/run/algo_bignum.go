package main

import (
	"fmt"
	"strings"
)

// Big is a non-negative integer as little-endian base-10^4 limbs.
type Big []int

const base = 10000

func fromInt(n int) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, n%base)
		n /= base
	}
	return b
}

func (a Big) Add(b Big) Big {
	var r Big
	carry := 0
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		r = append(r, s%base)
		carry = s / base
	}
	return r
}

func (a Big) MulSmall(k int) Big {
	var r Big
	carry := 0
	for i := 0; i < len(a) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i] * k
		}
		r = append(r, s%base)
		carry = s / base
	}
	return r.trim()
}

func (a Big) Mul(b Big) Big {
	r := make(Big, len(a)+len(b))
	for i, x := range a {
		carry := 0
		for j := 0; j < len(b) || carry > 0; j++ {
			cur := r[i+j] + carry
			if j < len(b) {
				cur += x * b[j]
			}
			r[i+j] = cur % base
			carry = cur / base
		}
	}
	return r.trim()
}

func (a Big) trim() Big {
	for len(a) > 1 && a[len(a)-1] == 0 {
		a = a[:len(a)-1]
	}
	return a
}

func (a Big) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%04d", a[i])
	}
	return sb.String()
}

func main() {
	f := fromInt(1)
	for i := 2; i <= 50; i++ {
		f = f.MulSmall(i)
	}
	fmt.Println("50! =", f)
	a, b := fromInt(0), fromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(200) =", a)
	p := fromInt(1)
	two := fromInt(2)
	for i := 0; i < 128; i++ {
		p = p.Mul(two)
	}
	fmt.Println("2^128 =", p)
	x := fromInt(123456789)
	fmt.Println(x.Mul(x).Mul(x), fromInt(0), fromInt(9999).Add(fromInt(1)))
	s := f.String()
	digitSum := 0
	for _, c := range s {
		digitSum += int(c - '0')
	}
	fmt.Println(len(s), digitSum, strings.Count(s, "0"))
}
