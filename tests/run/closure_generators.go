package main

import "fmt"

func rangeGen(lo, hi, step int) func() (int, bool) {
	cur := lo
	return func() (int, bool) {
		if cur >= hi {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func mapGen(g func() (int, bool), f func(int) int) func() (int, bool) {
	return func() (int, bool) {
		v, ok := g()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func takeWhile(g func() (int, bool), pred func(int) bool) []int {
	var out []int
	for v, ok := g(); ok && pred(v); v, ok = g() {
		out = append(out, v)
	}
	return out
}

type Account struct {
	balance  int
	Deposit  func(int)
	Withdraw func(int) bool
}

func NewAccount() *Account {
	a := &Account{}
	a.Deposit = func(n int) { a.balance += n }
	a.Withdraw = func(n int) bool {
		if n > a.balance {
			return false
		}
		a.balance -= n
		return true
	}
	return a
}

func main() {
	g := rangeGen(0, 20, 3)
	for v, ok := g(); ok; v, ok = g() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	sq := mapGen(rangeGen(1, 100, 1), func(x int) int { return x * x })
	fmt.Println(takeWhile(sq, func(x int) bool { return x < 200 }))
	fmt.Println(sq())
	a := NewAccount()
	a.Deposit(100)
	fmt.Println(a.Withdraw(30), a.Withdraw(80), a.balance)
	b := *a // copies the struct, but the closures still refer to a
	b.Deposit(1000)
	fmt.Println(a.balance, b.balance)
	acc := 0
	adders := make([]func(), 3)
	for i := range adders {
		n := i + 1
		adders[i] = func() { acc += n }
	}
	for _, f := range adders {
		f()
		f()
	}
	fmt.Println(acc)
}
