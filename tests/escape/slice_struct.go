// Slices of structs with pointer fields; taking the address of an element.
package main

type Rec struct {
	id   int
	tags []string
	next *Rec
}

func firstAddr(rs []Rec) *Rec { // ERROR "leaking param: rs to result ~r0 level=0$"
	return &rs[0]
}

func idSum(rs []Rec) int { // ERROR "rs does not escape$"
	t := 0
	for i := range rs {
		t += rs[i].id
	}
	return t
}

func link(rs []Rec) { // ERROR "leaking param: rs$"
	for i := 0; i+1 < len(rs); i++ {
		rs[i].next = &rs[i+1]
	}
}

func localRecs() int {
	rs := make([]Rec, 4) // ERROR "make\(\[\]Rec, 4\) escapes to heap$"
	link(rs)
	return idSum(rs)
}

func tagsOf(r *Rec) []string { // ERROR "leaking param: r to result ~r0 level=1$"
	return r.tags
}

func main() {
	rs := []Rec{{id: 1, tags: []string{"a"}}, {id: 2}} // ERROR "\[\]Rec{...} does not escape$" "\[\]string{...} does not escape$"
	println(firstAddr(rs).id, idSum(rs), localRecs(), len(tagsOf(&rs[0])))
}
