// Maps of pointers: keys and values stored in a map leak to the map's
// location, and what the map holds outlives any frame if the map does.
package main

type Item struct{ id int }

func index(items []*Item) map[int]*Item { // ERROR "leaking param content: items$"
	m := make(map[int]*Item) // ERROR "make\(map\[int\]\*Item\) escapes to heap$"
	for _, it := range items {
		m[it.id] = it
	}
	return m
}

func localIndex(items []*Item) int { // ERROR "leaking param content: items$"
	m := map[int]*Item{} // ERROR "map\[int\]\*Item{} does not escape$"
	for _, it := range items {
		m[it.id] = it
	}
	return len(m)
}

func insert(m map[string]*Item, k string, v *Item) { // ERROR "leaking param: k$" "leaking param: v$" "m does not escape$"
	m[k] = v
}

func lookup(m map[string]*Item, k string) *Item { // ERROR "k does not escape$" "m does not escape$"
	return m[k]
}

func addrKey(m map[*int]bool) { // ERROR "m does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	m[&x] = true
}

func main() {
	items := []*Item{{1}, {2}} // ERROR "&Item{...} escapes to heap$" "\[\]\*Item{...} does not escape$"
	idx := index(items)
	m := map[string]*Item{}  // ERROR "map\[string\]\*Item{} does not escape$"
	insert(m, "a", &Item{3}) // ERROR "&Item{...} escapes to heap$"
	km := map[*int]bool{}    // ERROR "map\[\*int\]bool{} does not escape$"
	addrKey(km)
	println(len(idx), localIndex(items), lookup(m, "a").id, len(km))
}
