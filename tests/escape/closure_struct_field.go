// Func values stored in struct fields and maps.
package main

type Handler struct {
	name string
	fn   func(int) int
}

var routes = map[string]func() int{} // ERROR "map\[string\]func\(\) int{} escapes to heap$"

func mkHandler(k int) *Handler {
	return &Handler{name: "h", fn: func(v int) int { return v * k }} // ERROR "&Handler{...} escapes to heap$" "func literal escapes to heap$"
}

func localHandler(k int) int {
	h := Handler{fn: func(v int) int { return v + k }} // ERROR "func literal does not escape$"
	return h.fn(1)
}

func route(name string, v int) { // ERROR "leaking param: name$"
	routes[name] = func() int { return v } // ERROR "func literal escapes to heap$"
}

func main() {
	route("a", 3)
	println(mkHandler(2).fn(5), localHandler(4), routes["a"]())
}
