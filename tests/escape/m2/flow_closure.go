// -m=2: a captured variable moved to heap by an escaping closure.
package main

func counter() func() int {
	n := 0              // ERROR "counter capturing by ref: n \(addr=false assign=true width=8\)$" "flow: {storage for func literal} = &n:$" "from n \(captured by a closure\) at flow_closure.go:7:3$" "from n \(reference\) at flow_closure.go:7:3$" "moved to heap: n$" "n escapes to heap:$"
	return func() int { // ERROR "flow: ~r0 = &{storage for func literal}:$" "from func literal \(spill\) at flow_closure.go:6:9$" "from return func literal \(return\) at flow_closure.go:6:2$" "func literal escapes to heap$" "func literal escapes to heap:$"
		n++
		return n
	}
}

func main() {
	c := counter()
	println(c(), c())
}
