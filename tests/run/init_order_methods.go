// Package initialization order follows references through method
// bodies (method values, method expressions and calls), as Go's does.
package main

import "fmt"

type T int

func (r T) Method1() int  { return a }
func (r T) Method2() int  { return b }
func (r *T) Method3() int { return c + int(*r) }

type Counter struct{ base int }

func (c Counter) Next() int { return c.base + start }

var dummy1 = T(0).Method1()
var dummy2 = T.Method2(0)
var three = T(1)
var dummy3 = three.Method3()
var mv = Counter{10}.Next
var fromMV = mv()

var a = identity(1)
var b = identity(2)
var c = identity(3)
var start = identity(100)

var order []string

func identity(x int) int {
	order = append(order, fmt.Sprint(x))
	return x
}

func main() {
	fmt.Println(dummy1, dummy2, dummy3, fromMV)
	fmt.Println(order)
}
