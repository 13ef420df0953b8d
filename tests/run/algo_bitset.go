package main

import (
	"fmt"
	"strings"
)

type Bitset struct {
	words []uint64
	n     int
}

func NewBitset(n int) *Bitset { return &Bitset{make([]uint64, (n+63)/64), n} }

func (b *Bitset) Set(i int)       { b.words[i/64] |= 1 << (uint(i) % 64) }
func (b *Bitset) Clear(i int)     { b.words[i/64] &^= 1 << (uint(i) % 64) }
func (b *Bitset) Test(i int) bool { return b.words[i/64]&(1<<(uint(i)%64)) != 0 }

func (b *Bitset) Count() int {
	c := 0
	for _, w := range b.words {
		for w != 0 {
			w &= w - 1
			c++
		}
	}
	return c
}

func (b *Bitset) And(o *Bitset) *Bitset {
	r := NewBitset(b.n)
	for i := range r.words {
		r.words[i] = b.words[i] & o.words[i]
	}
	return r
}

func (b *Bitset) String() string {
	var sb strings.Builder
	for i := 0; i < b.n; i++ {
		if b.Test(i) {
			sb.WriteByte('1')
		} else {
			sb.WriteByte('0')
		}
	}
	return sb.String()
}

func main() {
	const n = 200
	primes := NewBitset(n)
	for i := 2; i < n; i++ {
		primes.Set(i)
	}
	for i := 2; i*i < n; i++ {
		if primes.Test(i) {
			for j := i * i; j < n; j += i {
				primes.Clear(j)
			}
		}
	}
	fmt.Println(primes.Count())
	odd := NewBitset(n)
	for i := 1; i < n; i += 2 {
		odd.Set(i)
	}
	both := primes.And(odd)
	fmt.Println(both.Count(), odd.Count())
	fmt.Println(primes.String()[:64])
	fmt.Printf("%#x %#x\n", primes.words[0], primes.words[3])
	small := NewBitset(10)
	small.Set(0)
	small.Set(9)
	small.Set(5)
	small.Clear(5)
	fmt.Println(small, small.Count(), len(small.words))
}
