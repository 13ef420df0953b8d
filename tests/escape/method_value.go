// Method values bind their receiver: a method value that escapes copies (or
// points to) the receiver on the heap.
package main

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n } // ERROR "c does not escape$"
func (c Counter) Get() int  { return c.n }

var saved func() int

func callLocal(c *Counter) int { // ERROR "c does not escape$"
	f := c.Inc // ERROR "c.Inc does not escape$"
	return f()
}

func keep(c *Counter) { // ERROR "leaking param: c$"
	saved = c.Inc // ERROR "c.Inc escapes to heap$"
}

func keepValue(c Counter) {
	saved = c.Get // ERROR "c.Get escapes to heap$"
}

func returnMV() func() int {
	c := &Counter{n: 5} // ERROR "&Counter{...} does not escape$"
	return c.Get        // ERROR "c.Get escapes to heap$"
}

func main() {
	c := &Counter{} // ERROR "&Counter{} escapes to heap$"
	println(callLocal(c))
	keep(c)
	println(saved())
	keepValue(Counter{n: 9})
	println(saved(), returnMV()())
}
