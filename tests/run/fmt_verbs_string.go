package main

import "fmt"

func main() {
	s := "gopher"
	fmt.Printf("[%s] [%10s] [%-10s] [%.3s] [%10.2s] [%-10.4s]\n", s, s, s, s, s, s)
	fmt.Printf("[%q] [%+q] [%#q] [%q]\n", "héllo\t\"x\"", "héllo", "back`tick", "raw")
	fmt.Printf("[%#q]\n", "plain")
	fmt.Printf("[%v] [%s] [%q]\n", []string{"a", "b c"}, []string{"x", "y"}, []string{"p", "q r"})
	fmt.Printf("[%s] [%v] [%x]\n", []byte("bytes"), []byte("ab"), "\xff\x00")
	fmt.Printf("[%5s] [%-5s]|\n", "日本語", "日本")
	fmt.Printf("[%.2s] [%.1q]\n", "日本語", "日本語")
	fmt.Printf("%s %d\n", "missing")
	fmt.Printf("%s\n", "extra", 1, true)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s %s\n", 42, 3.5)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 7)
	fmt.Println(fmt.Sprintf("%6.2f|%-8v|%8v|", 3.14159, "ab", true))
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.0, 'x', nil))
	fmt.Println(fmt.Sprintln("x", 1, true) + "|")
	fmt.Print("a", 1, 2, "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", "y", "\n")
	var e error
	fmt.Printf("%v %s %d\n", nil, e, nil)
}
