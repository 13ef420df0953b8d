// A failed type assertion between distinct types spelled the same (a
// local type and a package one): Go adds "(types from different scopes)".
package main

import "fmt"

type T struct{}

var X interface{}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func local() interface{} {
	type T struct{}
	return T{}
}

func main() {
	X = local()
	try(func() { _ = X.(T) })
	try(func() { _ = X.(int) })
	X = T{}
	try(func() {
		type T struct{}
		_ = X.(T)
	})
	_, ok := X.(T)
	fmt.Println(ok)
	var e interface{} = local()
	_ = e.(T)
}
