// errors.New, custom error types, wrapping.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key } // ERROR ".not found: . \+ e.key escapes to heap$" "e does not escape$"

func find(m map[string]int, k string) (int, error) { // ERROR "leaking param: k$" "m does not escape$"
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, &NotFound{key: k} // ERROR "&NotFound{...} escapes to heap$"
}

func check(err error) bool { // ERROR "leaking param: err$"
	var nf *NotFound // ERROR "moved to heap: nf$"
	return errors.As(err, &nf)
}

func wrapped(k string) error { // ERROR "leaking param: k$"
	_, err := find(map[string]int{}, k)  // ERROR "map\[string\]int{} does not escape$"
	return fmt.Errorf("lookup: %w", err) // ERROR "... argument does not escape$"
}

func main() {
	_, err := find(map[string]int{"a": 1}, "b")                               // ERROR "map\[string\]int{...} does not escape$"
	fmt.Println(check(err), wrapped("z"), errors.Unwrap(wrapped("y")) != nil) // ERROR "... argument does not escape$" "check\(err\) escapes to heap$" "errors.Unwrap\(wrapped\(.y.\)\) != nil escapes to heap$"
}
