// sort.Ints, sort.Strings and sort.Slice with a closure.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }                // ERROR "s does not escape$"
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) } // ERROR "s does not escape$"
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }      // ERROR "byLen.Swap ignoring self-assignment in s\[i\], s\[j\] = s\[j\], s\[i\]$" "s does not escape$"

func sortInts() int {
	s := []int{3, 1, 2} // ERROR "\[\]int{...} escapes to heap$"
	sort.Ints(s)
	return s[0]
}

func sortStrings(s []string) string { // ERROR "leaking param: s$"
	sort.Strings(s)
	return s[0]
}

func sortSlice(people []string) { // ERROR "leaking param: people$"
	sort.Slice(people, func(i, j int) bool { return people[i] < people[j] }) // ERROR "func literal does not escape$" "people escapes to heap$"
}

func sortIface(s []string) { // ERROR "leaking param: s$"
	sort.Sort(byLen(s)) // ERROR "byLen\(s\) escapes to heap$"
}

func main() {
	p := []string{"bob", "al", "carol"} // ERROR "\[\]string{...} escapes to heap$"
	sortSlice(p)
	sortIface(p)
	fmt.Println(sortInts(), sortStrings([]string{"b", "a"}), p) // ERROR "... argument does not escape$" "\[\]string{...} escapes to heap$" "p escapes to heap$" "sortInts\(\) escapes to heap$" "sortStrings\(\[\]string{...}\) escapes to heap$"
}
