// k op x for a commutative integer op uses the immediate form, with Go's
// wrap-around for narrow types.
package main

import "fmt"

func main() {
	var i8 int8 = 100
	var u uint8 = 200
	x := 7
	fmt.Println(1+x, 3*x, 6&x, 8|x, 5^x, 100+i8, 2*i8, 3*u, 255&u, -1+x, 1<<2+x)
}
