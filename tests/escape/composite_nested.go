// Nested composite literals: each &T{} is its own allocation site.
package main

type Leaf struct{ v int }
type Branch struct {
	l, r *Leaf
}
type Forest struct {
	trees []*Branch
}

func nestedLocal() int {
	b := &Branch{l: &Leaf{1}, r: &Leaf{2}} // ERROR "&Branch{...} does not escape$" "&Leaf{...} does not escape$"
	return b.l.v + b.r.v
}

func nestedReturn() *Branch {
	return &Branch{l: &Leaf{3}, r: &Leaf{4}} // ERROR "&Branch{...} escapes to heap$" "&Leaf{...} escapes to heap$"
}

func partial() *Leaf {
	b := Branch{l: &Leaf{5}, r: &Leaf{6}} // ERROR "&Leaf{...} escapes to heap$"
	return b.r
}

func forest() *Forest {
	return &Forest{trees: []*Branch{{l: &Leaf{7}}}} // ERROR "&Branch{...} escapes to heap$" "&Forest{...} escapes to heap$" "&Leaf{...} escapes to heap$" "\[\]\*Branch{...} escapes to heap$"
}

func main() {
	println(nestedLocal(), nestedReturn().l.v, partial().v, forest().trees[0].l.v)
}
