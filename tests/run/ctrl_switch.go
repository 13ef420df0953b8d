package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func describe(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "small")
		fallthrough
	case 2, 3:
		out = append(out, "tiny")
	case 4:
		out = append(out, "four")
	default:
		out = append(out, "big")
		fallthrough
	case 100:
		out = append(out, "hundred-ish")
	}
	return out
}

func f() int {
	fmt.Print("[f called] ")
	return 2
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, n := range []int{0, 1, 3, 4, 7, 100} {
		fmt.Println(n, describe(n))
	}
	switch x := f(); x {
	case 1:
		fmt.Println("one")
	case f():
		fmt.Println("matched second call")
	}
	switch s := "go"; {
	case len(s) == 2:
		fmt.Println("two letters")
	}
	switch c := 'x'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	var i interface{} = 3
	switch i {
	case "3":
		fmt.Println("string 3")
	case 3.0:
		fmt.Println("float 3")
	case 3:
		fmt.Println("int 3")
	}
	switch {
	}
	if v := 10; v > 5 {
		fmt.Println("big", v)
	} else if w := v * 2; w > 5 {
		fmt.Println("unreached", w)
	} else {
		fmt.Println("small", v, w)
	}
	x := 5
	switch {
	case x > 3:
		fmt.Println(">3")
		if x > 4 {
			break
		}
		fmt.Println("not printed")
	}
}
