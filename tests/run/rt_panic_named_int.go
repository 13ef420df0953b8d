package main

import "fmt"

type ErrCode int

type Flag bool

func check(c ErrCode) {
	if c != 0 {
		panic(c)
	}
	fmt.Println("code ok")
}

func main() {
	check(0)
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		panic(Flag(true))
	}()
	check(ErrCode(3))
}
