// The address of a range variable (one variable for the whole loop in Go
// 1.19) taken inside the loop.
package main

func addrs(s []int) []*int { // ERROR "leaking param content: s$"
	var out []*int
	for _, v := range s { // ERROR "moved to heap: v$"
		out = append(out, &v)
	}
	return out
}

func addrIndex(s []int) []*int { // ERROR "leaking param: s$"
	var out []*int
	for i := range s {
		out = append(out, &s[i])
	}
	return out
}

func localOnly(s []int) int { // ERROR "s does not escape$"
	t := 0
	for _, v := range s {
		p := &v
		t += *p
	}
	return t
}

func main() {
	s := []int{1, 2, 3} // ERROR "\[\]int{...} escapes to heap$"
	println(len(addrs(s)), len(addrIndex(s)), localOnly(s))
}
