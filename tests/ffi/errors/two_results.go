// one result at most
package main

//extern frexp
func frexp(x float64) (float64, int32)

func main() {}
