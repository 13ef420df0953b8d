// defer with recover: the recovered value is an interface.
package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r) // ERROR "... argument does not escape$"
		}
	}()
	q = a / b
	return
}

func panicky(msg string) { // ERROR "leaking param: msg$"
	panic(msg) // ERROR "msg escapes to heap$"
}

func guard() (s string) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			s = r.(string)
		}
	}()
	panicky("boom")
	return "none"
}

func main() {
	q, err := safeDiv(1, 0)
	fmt.Println(q, err, guard()) // ERROR "... argument does not escape$" "guard\(\) escapes to heap$" "q escapes to heap$"
}
