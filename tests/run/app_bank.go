package main

import (
	"errors"
	"fmt"
	"sort"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrNoAccount    = errors.New("no such account")
	ErrInvalid      = errors.New("invalid amount")
)

type Account struct {
	ID      string
	Owner   string
	Balance int64 // cents
	History []string
}

type Bank struct {
	accounts map[string]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(owner string, initial int64) *Account {
	b.nextID++
	a := &Account{ID: fmt.Sprintf("AC%03d", b.nextID), Owner: owner, Balance: initial}
	a.History = append(a.History, fmt.Sprintf("open %s", money(initial)))
	b.accounts[a.ID] = a
	return a
}

func (b *Bank) Transfer(from, to string, amt int64) error {
	if amt <= 0 {
		return fmt.Errorf("transfer %d: %w", amt, ErrInvalid)
	}
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("from %s: %w", from, ErrNoAccount)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("to %s: %w", to, ErrNoAccount)
	}
	if src.Balance < amt {
		return fmt.Errorf("%s has %s, needs %s: %w", from, money(src.Balance), money(amt), ErrInsufficient)
	}
	src.Balance -= amt
	dst.Balance += amt
	src.History = append(src.History, "out "+money(amt))
	dst.History = append(dst.History, "in "+money(amt))
	return nil
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func main() {
	b := NewBank()
	alice := b.Open("alice", 10000)
	bob := b.Open("bob", 550)
	b.Open("carol", 0)
	errs := []error{
		b.Transfer(alice.ID, bob.ID, 2599),
		b.Transfer(bob.ID, "AC003", 3000),
		b.Transfer(bob.ID, "AC009", 1),
		b.Transfer("AC003", alice.ID, 1),
		b.Transfer(alice.ID, bob.ID, -5),
		b.Transfer(bob.ID, "AC003", 1),
	}
	for i, err := range errs {
		switch {
		case err == nil:
			fmt.Println(i, "ok")
		case errors.Is(err, ErrInsufficient):
			fmt.Println(i, "insufficient:", err)
		case errors.Is(err, ErrNoAccount):
			fmt.Println(i, "missing:", err)
		default:
			fmt.Println(i, "other:", err)
		}
	}
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total int64
	for _, id := range ids {
		a := b.accounts[id]
		total += a.Balance
		fmt.Printf("%s %-6s %10s %v\n", a.ID, a.Owner, money(a.Balance), a.History)
	}
	fmt.Println("total", money(total), money(-1234))
}
