package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	hi := 4
	t := arr[0:2:hi]
	fmt.Println(t, cap(t))
	max := 10
	fmt.Println(arr[1:2:max])
}
