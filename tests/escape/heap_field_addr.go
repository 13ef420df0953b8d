// Storing a local's address into a field of an object that is itself on
// the heap moves the local to the heap.
package main

type Holder struct{ ref *int }

var holders []*Holder

func hold() {
	local := 10    // ERROR "moved to heap: local$"
	h := &Holder{} // ERROR "&Holder{} escapes to heap$"
	h.ref = &local
	holders = append(holders, h)
}

func holdLocal() int {
	local := 11    // ERROR "moved to heap: local$"
	h := &Holder{} // ERROR "&Holder{} does not escape$"
	h.ref = &local
	return *h.ref
}

func holdInParam(h *Holder) { // ERROR "h does not escape$"
	v := 12 // ERROR "moved to heap: v$"
	h.ref = &v
}

func main() {
	hold()
	h := &Holder{} // ERROR "&Holder{} does not escape$"
	holdInParam(h)
	println(*holders[0].ref, holdLocal(), *h.ref)
}
