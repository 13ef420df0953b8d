// A bank ledger: accounts behind an interface, typed errors, wrapping with
// %w, errors.Is/As, a transaction log, and a report formatted with widths.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrFrozen = errors.New("account frozen")

type LimitError struct {
	Account string
	Limit   int64
	Asked   int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%s: amount %d exceeds limit %d", e.Account, e.Asked, e.Limit)
}

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int64(m)/100, int64(m)%100)
}

type Account interface {
	ID() string
	Balance() Money
	Deposit(Money) error
	Withdraw(Money) error
}

type base struct {
	id      string
	balance Money
	frozen  bool
}

func (b *base) ID() string      { return b.id }
func (b *base) Balance() Money  { return b.balance }
func (b *base) Deposit(m Money) error {
	if b.frozen {
		return fmt.Errorf("deposit to %s: %w", b.id, ErrFrozen)
	}
	b.balance += m
	return nil
}

type Checking struct {
	base
	overdraft Money
}

func (c *Checking) Withdraw(m Money) error {
	if c.frozen {
		return fmt.Errorf("withdraw from %s: %w", c.id, ErrFrozen)
	}
	if c.balance+c.overdraft < m {
		return fmt.Errorf("withdraw %v from %s: %w", m, c.id, ErrInsufficient)
	}
	c.balance -= m
	return nil
}

type Savings struct {
	base
	limit Money
	rate  float64
}

func (s *Savings) Withdraw(m Money) error {
	if m > s.limit {
		return fmt.Errorf("savings: %w", &LimitError{s.id, int64(s.limit), int64(m)})
	}
	if s.balance < m {
		return fmt.Errorf("withdraw %v from %s: %w", m, s.id, ErrInsufficient)
	}
	s.balance -= m
	return nil
}

func (s *Savings) Accrue() Money {
	interest := Money(float64(s.balance) * s.rate / 12)
	s.balance += interest
	return interest
}

type Tx struct {
	Seq    int
	Kind   string
	From   string
	To     string
	Amount Money
	Err    error
}

type Bank struct {
	accounts map[string]Account
	log      []Tx
	seq      int
}

func NewBank() *Bank { return &Bank{accounts: map[string]Account{}} }

func (b *Bank) Open(a Account) { b.accounts[a.ID()] = a }

func (b *Bank) record(kind, from, to string, amt Money, err error) error {
	b.seq++
	b.log = append(b.log, Tx{b.seq, kind, from, to, amt, err})
	return err
}

func (b *Bank) Transfer(from, to string, amt Money) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("transfer aborted: %v", r)
		}
		b.record("transfer", from, to, amt, err)
	}()
	src, ok := b.accounts[from]
	if !ok {
		panic("no account " + from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		panic("no account " + to)
	}
	if err := src.Withdraw(amt); err != nil {
		return err
	}
	if err := dst.Deposit(amt); err != nil {
		src.Deposit(amt)
		return err
	}
	return nil
}

func classify(err error) string {
	var le *LimitError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrInsufficient):
		return "NSF"
	case errors.Is(err, ErrFrozen):
		return "FROZEN"
	case errors.As(err, &le):
		return fmt.Sprintf("LIMIT(%d)", le.Limit)
	default:
		return "ERROR"
	}
}

func main() {
	bank := NewBank()
	bank.Open(&Checking{base: base{id: "alice-chk", balance: 50000}, overdraft: 10000})
	bank.Open(&Savings{base: base{id: "alice-sav", balance: 250000}, limit: 100000, rate: 0.03})
	bank.Open(&Checking{base: base{id: "bob-chk", balance: 1200}})
	bank.Open(&Checking{base: base{id: "carol-chk", balance: 99999, frozen: true}})

	steps := []struct {
		from, to string
		amt      Money
	}{
		{"alice-chk", "bob-chk", 12550},
		{"bob-chk", "alice-chk", 20000},
		{"alice-sav", "bob-chk", 150000},
		{"alice-sav", "alice-chk", 75000},
		{"alice-chk", "carol-chk", 100},
		{"alice-chk", "dave-chk", 100},
		{"alice-chk", "bob-chk", 120000},
		{"alice-chk", "bob-chk", 100000},
	}
	for _, s := range steps {
		err := bank.Transfer(s.from, s.to, s.amt)
		fmt.Printf("%-10s -> %-10s %12v  %-10s", s.from, s.to, s.amt, classify(err))
		if err != nil {
			fmt.Printf(" %v", err)
		}
		fmt.Println()
	}

	for _, a := range bank.accounts {
		if s, ok := a.(*Savings); ok {
			fmt.Println("interest for", s.ID(), "is", s.Accrue())
		}
	}

	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Println(strings.Repeat("=", 34))
	var total Money
	for _, id := range ids {
		a := bank.accounts[id]
		kind := fmt.Sprintf("%T", a)
		fmt.Printf("%-12s %-16s %14s\n", id, kind, a.Balance())
		total += a.Balance()
	}
	fmt.Println(strings.Repeat("-", 34))
	fmt.Printf("%-29s %14s\n", "total", total)

	failed := 0
	for _, tx := range bank.log {
		if tx.Err != nil {
			failed++
		}
	}
	fmt.Printf("%d transactions, %d failed (%.1f%%)\n", len(bank.log), failed,
		100*float64(failed)/float64(len(bank.log)))
	last := bank.log[len(bank.log)-1]
	fmt.Printf("last: %+v\n", Tx{last.Seq, last.Kind, last.From, last.To, last.Amount, nil})
	fmt.Println(Money(-1234), Money(5), Money(0))
}
