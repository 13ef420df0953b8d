// Calls through interface methods: the analysis cannot see the callee, so
// the receiver's content and the arguments leak.
package main

type Shape interface {
	Area() int
	Scale(k *int)
}

type Rect struct{ w, h int }

func (r *Rect) Area() int    { return r.w * r.h }     // ERROR "r does not escape$"
func (r *Rect) Scale(k *int) { r.w *= *k; r.h *= *k } // ERROR "k does not escape$" "r does not escape$"

type Sq struct{ s int }

func (q Sq) Area() int    { return q.s * q.s }
func (q Sq) Scale(k *int) {} // ERROR "k does not escape$"

func total(shapes []Shape) int { // ERROR "leaking param content: shapes$"
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func scaleAll(s Shape) { // ERROR "leaking param: s$"
	k := 2 // ERROR "moved to heap: k$"
	s.Scale(&k)
}

func main() {
	r := &Rect{2, 3} // ERROR "&Rect{...} escapes to heap$"
	scaleAll(r)
	shapes := []Shape{r, Sq{4}} // ERROR "Sq{...} escapes to heap$" "\[\]Shape{...} does not escape$"
	println(total(shapes))
}
