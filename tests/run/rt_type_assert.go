package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	var i interface{} = Sq{3}
	fmt.Println(i.(Shape).Area())
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(i.(string))
}
