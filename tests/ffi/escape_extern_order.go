// escape_extern_order.go — where Go prints the summary of a function
// without a body: when its first caller is analysed (callees first), or at
// its place among the declarations when nothing reached it before; unnamed
// parameters: a pointer says nothing, a uintptr is "arg#N".  Build-only
// (make test-escape); the annotations are Go 1.19's for assembly stubs.
package main

func main() {
	var b byte // ERROR "moved to heap: b$"
	var c int  // ERROR "moved to heap: c$"
	two(&b, 1, &c)
	use()
}

//extern c_two
func two(a *byte, b uintptr, c *int) // ERROR "assuming b is unsafe uintptr$" "leaking param: a$" "leaking param: c$"

func use() { anon(nil, 0); anon2(nil, 0, 1) }

//extern c_anon
func anon(*int, uintptr) // ERROR "assuming arg#2 is unsafe uintptr$"

//extern c_anon2
//go:noescape
func anon2(_ *int, _ uintptr, y float64) // ERROR "_ does not escape$" "assuming _ is unsafe uintptr$"

//extern c_late
func late(p **int, q *[4]byte) // ERROR "leaking param: p$" "leaking param: q$"
