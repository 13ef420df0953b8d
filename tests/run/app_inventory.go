package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

type Inventory struct {
	items map[string]*Item
}

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = map[string]*Item{}
	}
	if ex, ok := inv.items[it.SKU]; ok {
		ex.Qty += it.Qty
		return
	}
	cp := it
	inv.items[it.SKU] = &cp
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	switch {
	case !ok:
		return fmt.Errorf("unknown sku %q", sku)
	case it.Qty < n:
		return fmt.Errorf("only %d of %s left", it.Qty, it.Name)
	}
	it.Qty -= n
	if it.Qty == 0 {
		delete(inv.items, sku)
	}
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

func (inv *Inventory) ByTag() map[string][]string {
	res := map[string][]string{}
	for _, it := range inv.Sorted(func(a, b *Item) bool { return a.SKU < b.SKU }) {
		for _, t := range it.Tags {
			res[t] = append(res[t], it.SKU)
		}
	}
	return res
}

func main() {
	var inv Inventory
	inv.Add(Item{"A1", "widget", 10, 2.50, []string{"metal", "small"}})
	inv.Add(Item{"B2", "gadget", 3, 19.99, []string{"electronic"}})
	inv.Add(Item{"C3", "doohickey", 7, 5.25, []string{"small"}})
	inv.Add(Item{"A1", "widget", 5, 2.50, nil})
	inv.Add(Item{"D4", "gizmo", 1, 99.00, []string{"electronic", "metal"}})
	for _, e := range []error{inv.Remove("B2", 2), inv.Remove("B2", 2), inv.Remove("Z9", 1), inv.Remove("D4", 1)} {
		fmt.Println(e)
	}
	byValue := inv.Sorted(func(a, b *Item) bool { return float64(a.Qty)*a.Price > float64(b.Qty)*b.Price })
	var total float64
	for _, it := range byValue {
		v := float64(it.Qty) * it.Price
		total += v
		fmt.Printf("%-3s %-10s %3d x %6.2f = %7.2f  [%s]\n", it.SKU, it.Name, it.Qty, it.Price, v, strings.Join(it.Tags, ","))
	}
	fmt.Printf("total value: %.2f, %d skus\n", total, len(inv.items))
	fmt.Println(inv.ByTag())
}
