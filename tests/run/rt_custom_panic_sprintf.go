package main

import "fmt"

type Account struct {
	Balance int
}

func (a *Account) Withdraw(n int) {
	if n > a.Balance {
		panic(fmt.Sprintf("insufficient funds: have %d, need %d", a.Balance, n))
	}
	a.Balance -= n
}

func main() {
	a := &Account{100}
	a.Withdraw(30)
	fmt.Println(a.Balance)
	a.Withdraw(80)
	fmt.Println(a.Balance)
}
