// Named results: their address escaping moves them to the heap; parameters
// flowing to named results are reported with the result's name.
package main

func named(p *int) (r *int) { // ERROR "leaking param: p to result r level=0$"
	r = p
	return
}

func namedPair(a, b *int) (x, y *int) { // ERROR "leaking param: a to result y level=0$" "leaking param: b to result x level=0$"
	x, y = b, a
	return
}

func addrOfResult() (res *int) {
	v := 3 // ERROR "moved to heap: v$"
	res = &v
	return
}

func resultAddrEscapes() (n int, p *int) { // ERROR "moved to heap: n$"
	n = 5
	p = &n
	return
}

func main() {
	a, b := 1, 2
	r := named(&a)
	x, y := namedPair(&a, &b)
	n, p := resultAddrEscapes()
	println(*r, *x, *y, *addrOfResult(), n, *p)
}
