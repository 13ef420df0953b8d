package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Names []string
type Dict map[string]int
type Op func(int) int
type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	vals := []interface{}{
		1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1), uint64(1), uintptr(1),
		1.5, float32(1.5), "s", 'r', true, nil,
		[]int{}, [3]string{}, map[string]bool{}, &Sq{}, Sq{}, Celsius(3), Names{}, Dict{},
		errors.New("e"), struct{ A int }{}, [][]float64{}, map[int][]string{}, new(int), new([]int),
		make(chan int), make(chan<- string), make(<-chan bool), func() {}, Op(nil), func(int, string) (bool, error) { return false, nil },
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var s Shape = Sq{2}
	fmt.Printf("%T %v %.1f\n", s, s, s.Area())
	c := Celsius(36.6)
	fmt.Println(c, Names{"a", "b"}, Dict{"k": 1})
	fmt.Printf("%v %.2f %#v %#v %#v\n", c, c, c, Names{"x"}, Dict{"y": 2})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "q", 1.0, true, 'x')
	fmt.Printf("%#v %#v %#v\n", uint8(7), int64(-3), float32(2))
	fmt.Printf("%#v %#v\n", []interface{}{1, "a", nil}, map[string]interface{}{"a": 1})
	var np *Sq
	fmt.Printf("%#v %T\n", np, np)
}
