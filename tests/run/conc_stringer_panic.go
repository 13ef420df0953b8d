package main

import (
	"errors"
	"fmt"
)

type bad struct{ n int }

func (b bad) String() string {
	if b.n < 0 {
		panic("negative")
	}
	return fmt.Sprint("bad#", b.n)
}

type badErr struct{}

func (badErr) Error() string { panic(errors.New("no message")) }

func main() {
	fmt.Println(bad{1}, bad{-1})
	fmt.Printf("%v|%s|%d|%+v\n", bad{-2}, bad{-2}, bad{-2}, bad{3})
	fmt.Println(badErr{})
	s := fmt.Sprintf("[%v]", bad{-3})
	fmt.Println(len(s), s)
	done := make(chan string)
	go func() { done <- fmt.Sprint(bad{-4}) }()
	fmt.Println(<-done)
}
