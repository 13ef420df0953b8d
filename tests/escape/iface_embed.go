// Interfaces embedding interfaces; conversion between interface types does
// not allocate.
package main

type Reader interface{ Read() int }
type Writer interface{ Write(v int) }
type ReadWriter interface {
	Reader
	Writer
}

type Cell struct{ v int }

func (c *Cell) Read() int   { return c.v } // ERROR "c does not escape$"
func (c *Cell) Write(v int) { c.v = v }    // ERROR "c does not escape$"

func asReader(rw ReadWriter) Reader { // ERROR "leaking param: rw to result ~r0 level=0$"
	return rw
}

func roundTrip(rw ReadWriter) int { // ERROR "leaking param: rw$"
	rw.Write(5)
	return rw.Read()
}

func main() {
	c := &Cell{} // ERROR "&Cell{} escapes to heap$"
	r := asReader(c)
	println(roundTrip(c), r.Read())
}
