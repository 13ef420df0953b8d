// Returning interfaces: the conversion's allocation escapes with the result.
package main

import "errors"

type MyErr struct{ code int }

func (e MyErr) Error() string { return "myerr" }

type PErr struct{ code int }

func (e *PErr) Error() string { return "perr" } // ERROR "e does not escape$"

func valueErr(c int) error {
	return MyErr{code: c} // ERROR "MyErr{...} escapes to heap$"
}

func ptrErr(c int) error {
	return &PErr{code: c} // ERROR "&PErr{...} escapes to heap$"
}

func stdErr() error {
	return errors.New("std")
}

func asAny(v int) interface{} {
	return v // ERROR "v escapes to heap$"
}

func passThrough(v interface{}) interface{} { // ERROR "leaking param: v to result ~r0 level=0$"
	return v
}

func main() {
	println(valueErr(1).Error(), ptrErr(2).Error(), stdErr().Error())
	println(asAny(3).(int), passThrough(4).(int)) // ERROR "4 does not escape$"
}
