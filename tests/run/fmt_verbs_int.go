package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]\n", n, n, n, n, n, n)
	fmt.Printf("[%x] [%X] [%#x] [%#X] [%o] [%#o] [%O] [%b] [%#b]\n", 255, 255, 255, 255, 8, 8, 8, 5, 5)
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%x]\n", -42, -42, -42, -42, -255)
	fmt.Printf("[%c] [%c] [%c] [%q] [%q] [%U] [%#U]\n", 65, 'é', 0x4E16, 'x', '\n', 0x1F600, 'ä')
	fmt.Printf("[%8.3d] [%-8.3d] [%.0d] [%.0d]\n", 7, 7, 0, 1)
	fmt.Printf("[%v] [%v] [%v] [%v]\n", int8(-5), uint16(65535), int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("[%x] [% x] [%X] [% X]\n", "hi there", "hi", []byte{1, 171}, []byte{1, 171})
	fmt.Printf("[%t] [%v] [%5t] [%-6t]\n", true, false, true, false)
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 12, 6, 12, 2, 3.14159)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("[%08.3f] [%+08d] [%-08d] [%x]\n", -3.5, 42, 42, 1<<40)
	var b byte = 'A'
	var r rune = 'Z'
	fmt.Println(b, r, string(r), string(rune(b)))
	fmt.Printf("%v %d %c %T %T\n", b, r, r, b, r)
	fmt.Printf("%5.1q|%-4c|%4c|\n", 'a', 'b', 'c')
	fmt.Printf("[%3x] [%-6X] [%06b]\n", 10, 255, 5)
}
