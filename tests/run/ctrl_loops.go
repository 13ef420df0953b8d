package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	fmt.Println(sum)
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps", steps)
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	arr := [5]int{10, 20, 30, 40, 50}
	for i := range arr {
		arr[i] /= 10
	}
	fmt.Println(arr)
	for range arr {
		sum--
	}
	fmt.Println(sum)
	var idx []int
	for i := range "héllo" {
		idx = append(idx, i)
	}
	fmt.Println(idx)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4) // range evaluated once
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	total := 0
	for i := 0; i < 1000000; i++ {
		total += i & 7
	}
	fmt.Println(total)
	var ch []string
	for i := 3; i > 0; i-- {
		for j := 0; j < i; j++ {
			ch = append(ch, "*")
		}
		ch = append(ch, "/")
	}
	fmt.Println(ch)
	x := 0
	for x < 3 {
		x++
	}
	fmt.Println(x)
	var m map[string]int
	for range m {
		fmt.Println("nil map iteration")
	}
	var nilS []int
	for range nilS {
		fmt.Println("nil slice iteration")
	}
	fmt.Println("end")
}
