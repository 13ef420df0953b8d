// Sprint/Sprintf results and Errorf.
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")

func label(n int) string {
	return fmt.Sprintf("item-%d", n) // ERROR "... argument does not escape$" "n escapes to heap$"
}

func wrap(n int) error {
	return fmt.Errorf("wrap %d: %w", n, ErrBase) // ERROR "... argument does not escape$" "n escapes to heap$"
}

func join(a, b string) string { // ERROR "leaking param: a$" "leaking param: b$"
	return fmt.Sprint(a, b) // ERROR "... argument does not escape$" "a escapes to heap$" "b escapes to heap$"
}

func main() {
	fmt.Println(label(3), wrap(4), join("x", "y")) // ERROR "... argument does not escape$" "join\(.x., .y.\) escapes to heap$" "label\(3\) escapes to heap$"
}
