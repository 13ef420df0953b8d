// An inventory: maps of structs and of pointers, methods on value and
// pointer receivers, embedded structs, a Stringer, restock rules with
// closures, and reports sorted several ways.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Hardware Category = iota + 1
	Garden
	Kitchen
)

func (c Category) String() string {
	return [...]string{"?", "hardware", "garden", "kitchen"}[c]
}

type Audit struct {
	Created, Updated int
}

func (a *Audit) touch(t int) { a.Updated = t }

type Item struct {
	SKU      string
	Name     string
	Cat      Category
	Qty      int
	PriceCts int
	Tags     []string
	Audit
}

func (it Item) Value() int { return it.Qty * it.PriceCts }

func (it Item) String() string {
	return fmt.Sprintf("%-6s %-14s %-8v %4d @ %7s", it.SKU, it.Name, it.Cat, it.Qty, cents(it.PriceCts))
}

func cents(c int) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

var ErrUnknown = errors.New("unknown sku")
var ErrStock = errors.New("not enough stock")

type Inventory struct {
	items map[string]*Item
	clock int
	log   []string
}

func (inv *Inventory) tick() int { inv.clock++; return inv.clock }

func (inv *Inventory) Add(it Item) {
	t := inv.tick()
	if old, ok := inv.items[it.SKU]; ok {
		old.Qty += it.Qty
		old.touch(t)
		inv.log = append(inv.log, fmt.Sprintf("t%d merge %s +%d", t, it.SKU, it.Qty))
		return
	}
	it.Audit = Audit{t, t}
	inv.items[it.SKU] = &it
	inv.log = append(inv.log, fmt.Sprintf("t%d add %s", t, it.SKU))
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %d of %s: %w", n, sku, ErrUnknown)
	}
	if it.Qty < n {
		return fmt.Errorf("remove %d of %s (have %d): %w", n, sku, it.Qty, ErrStock)
	}
	it.Qty -= n
	it.touch(inv.tick())
	return nil
}

func (inv *Inventory) Sorted(less func(a, b *Item) bool) []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

type Rule struct {
	Name  string
	Match func(*Item) bool
	Order func(*Item) int
}

func main() {
	inv := &Inventory{items: map[string]*Item{}}
	inv.Add(Item{SKU: "H-100", Name: "hammer", Cat: Hardware, Qty: 12, PriceCts: 1599, Tags: []string{"tool"}})
	inv.Add(Item{SKU: "H-200", Name: "screwdriver", Cat: Hardware, Qty: 30, PriceCts: 499, Tags: []string{"tool", "small"}})
	inv.Add(Item{SKU: "G-010", Name: "seed packet", Cat: Garden, Qty: 200, PriceCts: 125})
	inv.Add(Item{SKU: "G-020", Name: "hose", Cat: Garden, Qty: 3, PriceCts: 2999})
	inv.Add(Item{SKU: "K-001", Name: "whisk", Cat: Kitchen, Qty: 0, PriceCts: 350, Tags: []string{"small"}})
	inv.Add(Item{SKU: "H-100", Qty: 5})

	for _, op := range []struct {
		sku string
		n   int
	}{{"H-200", 10}, {"G-020", 5}, {"X-999", 1}, {"G-010", 200}, {"H-100", 17}} {
		if err := inv.Remove(op.sku, op.n); err != nil {
			kind := "other"
			if errors.Is(err, ErrStock) {
				kind = "stock"
			} else if errors.Is(err, ErrUnknown) {
				kind = "unknown"
			}
			fmt.Printf("error [%s]: %v\n", kind, err)
		}
	}

	fmt.Println("-- by SKU")
	for _, it := range inv.Sorted(func(a, b *Item) bool { return a.SKU < b.SKU }) {
		fmt.Println(it)
	}
	fmt.Println("-- by value desc")
	for _, it := range inv.Sorted(func(a, b *Item) bool {
		if a.Value() != b.Value() {
			return a.Value() > b.Value()
		}
		return a.SKU < b.SKU
	}) {
		fmt.Printf("%-14s %10s  created t%d updated t%d\n", it.Name, cents(it.Value()), it.Created, it.Updated)
	}

	rules := []Rule{
		{"empty", func(it *Item) bool { return it.Qty == 0 }, func(it *Item) int { return 10 }},
		{"low", func(it *Item) bool { return it.Qty > 0 && it.Qty < 5 }, func(it *Item) int { return 5 - it.Qty }},
	}
	orders := map[string]int{}
	for _, r := range rules {
		for sku, it := range inv.items {
			if r.Match(it) {
				orders[sku] += r.Order(it)
			}
		}
	}
	fmt.Println("restock:", orders)

	byCat := map[Category][]string{}
	totals := map[Category]int{}
	for _, it := range inv.items {
		byCat[it.Cat] = append(byCat[it.Cat], it.Name)
		totals[it.Cat] += it.Value()
	}
	for _, c := range []Category{Hardware, Garden, Kitchen} {
		names := byCat[c]
		sort.Strings(names)
		fmt.Printf("%-9v %-30s %10s\n", c, strings.Join(names, ","), cents(totals[c]))
	}
	tagged := map[string][]string{}
	for sku, it := range inv.items {
		for _, t := range it.Tags {
			tagged[t] = append(tagged[t], sku)
		}
	}
	for _, v := range tagged {
		sort.Strings(v)
	}
	fmt.Println(tagged)
	snapshot := *inv.items["H-100"]
	snapshot.Qty = 999
	fmt.Println(inv.items["H-100"].Qty, snapshot.Qty, snapshot.Audit)
	fmt.Printf("%v\n%+v\n", inv.items["K-001"].Audit, *inv.items["K-001"])
	fmt.Println(strings.Join(inv.log, "; "))
}
