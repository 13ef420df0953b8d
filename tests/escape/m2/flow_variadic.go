// -m=2: the implicit "... argument" slice of a variadic call, interface
// conversions at Go's positions, and sends of &T{} (parenthesised).
package main

import "fmt"

type Job struct{ id int }

var sink interface{}

func report(n int, s string) { // ERROR "flow: {storage for s} = s:$" "from s \(interface-converted\) at flow_variadic.go:12:13$" "leaking param: s$" "parameter s leaks to {storage for s} with derefs=0:$"
	fmt.Println(n, s) // ERROR "... argument does not escape$" "flow: {heap} = {storage for ... argument}:$" "flow: {storage for ... argument} = &{storage for n}:$" "flow: {storage for ... argument} = &{storage for s}:$" "from ... argument \(slice-literal-element\) at flow_variadic.go:12:13$" "from ... argument \(spill\) at flow_variadic.go:12:13$" "from fmt.Println\(... argument...\) \(call parameter\) at flow_variadic.go:12:13$" "from n \(spill\) at flow_variadic.go:12:13$" "from s \(spill\) at flow_variadic.go:12:13$" "n escapes to heap$" "n escapes to heap:$" "s escapes to heap$" "s escapes to heap:$"
	sink = n + 1 // ERROR "flow: {heap} = &{storage for n \+ 1}:$" "from n \+ 1 \(spill\) at flow_variadic.go:13:2$" "from sink = n \+ 1 \(assign\) at flow_variadic.go:13:7$" "n \+ 1 escapes to heap$" "n \+ 1 escapes to heap:$"
}

func send(c chan *Job) { // ERROR "c does not escape$"
	c <- &Job{1} // ERROR "&Job{...} escapes to heap$" "&Job{...} escapes to heap:$" "flow: {heap} = &{storage for &Job{...}}:$" "from &Job{...} \(spill\) at flow_variadic.go:17:7$" "from c <- \(&Job{...}\) \(send\) at flow_variadic.go:17:4$"
}

func main() {
	report(1, "a")
	c := make(chan *Job, 1)
	send(c)
	<-c
}
