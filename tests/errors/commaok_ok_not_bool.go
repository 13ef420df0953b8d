package main

func main() {
	a := []int{1, 2}
	m := map[int]int{}
	i := 0
	a[0], a[i] = m[i]
	var x int
	var v interface{} = 1
	x, x = v.(int)
	println(a[0], x)
}
