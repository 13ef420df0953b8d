package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprintf("%s(%d): %v", prefix, len(vals), vals)
}

func modifyFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func minMax(first int, rest ...int) (min, max int) {
	min, max = first, first
	for _, v := range rest {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	return
}

func isNil(xs ...int) bool { return xs == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...), sum(nums[1:]...))
	fmt.Println(join("-", "a", "b", "c"), join(","), join("+", []string{"x", "y"}...))
	fmt.Println(describe("none"))
	fmt.Println(describe("mixed", 1, "two", 3.0, nil))
	args := []interface{}{"a", 1}
	fmt.Println(describe("spread", args...))
	fmt.Println(describe("nested", args))
	modifyFirst(nums...)
	fmt.Println(nums)
	a, b := 1, 2
	modifyFirst(a, b)
	fmt.Println(a, b)
	fmt.Println(minMax(5))
	fmt.Println(minMax(5, 3, 9, -2, 7))
	fmt.Println(isNil(), isNil(nil...), isNil([]int{}...), isNil(1))
	f := fmt.Sprintln
	fmt.Print(f("via", "func", "value"))
	var pr func(string, ...interface{}) (int, error) = fmt.Printf
	pr("%s %d\n", "printf value", 1)
}
